package se.krimflow.system;

import se.krimflow.forms.FieldProblem;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;

import org.springframework.http.HttpStatus;
import org.springframework.web.filter.OncePerRequestFilter;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ReadListener;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletInputStream;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import jakarta.servlet.http.HttpServletResponse;

/**
 * Refuses task and filter queries that carry an expression ({@code ${...}} or {@code #{...}}) with
 * 400 before they reach the engine, on {@code /engine-rest} and on the webapps' own engine API.
 * The engine flags {@code enableExpressionsIn*Queries=false} are on, but Camunda 7.24 CE checks only
 * the top level of a query: an expression inside {@code orQueries} (or a stored filter's nested
 * query) would still be evaluated, i.e. a logged-in user could run code on the server.
 * <p>
 * Every JSON string (values and keys, at any depth) and every query-string parameter is checked,
 * also after URL-decoding it up to three times; a body that is not JSON is checked as text.
 */
final class ExpressionQueryGuard extends OncePerRequestFilter {

    /** Task queries and everything under filter (create, update, list/count with an extending query). */
    static final Pattern GUARDED = Pattern.compile(
            "^/(?:engine-rest(?:/engine/[^/]+)?|camunda/api/engine/engine/[^/]+)/(?:task(?:/count)?|filter(?:/.*)?)/?$");

    private static final int MAX_BODY = 1024 * 1024;

    private final ObjectMapper json = new ObjectMapper();

    @Override
    protected boolean shouldNotFilter(HttpServletRequest request) {
        return !GUARDED.matcher(pathOf(request)).matches();
    }

    static String pathOf(HttpServletRequest request) {
        String uri = request.getRequestURI();
        String context = request.getContextPath();
        String path = context != null && !context.isEmpty() && uri.startsWith(context) ? uri.substring(context.length()) : uri;
        // Encoded or doubled slashes and matrix parameters must not slip past the path pattern.
        return decode(path).replaceAll(";[^/]*", "").replaceAll("/{2,}", "/");
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        Optional<String> found = inQueryString(request.getQueryString());
        byte[] body = null;
        if (found.isEmpty() && hasBody(request)) {
            body = request.getInputStream().readNBytes(MAX_BODY + 1);
            if (body.length > MAX_BODY) {
                Problems.write(response, HttpStatus.PAYLOAD_TOO_LARGE, "För stor begäran",
                        "Frågan är för stor.");
                return;
            }
            found = inBody(body);
        }
        if (found.isPresent()) {
            reject(response, found.get());
            return;
        }
        chain.doFilter(body == null ? request : new CachedBodyRequest(request, body), response);
    }

    private static boolean hasBody(HttpServletRequest request) {
        String method = request.getMethod();
        return "POST".equals(method) || "PUT".equals(method) || "PATCH".equals(method);
    }

    /** The name of the first parameter that carries an expression. */
    static Optional<String> inQueryString(String query) {
        if (query == null || query.isEmpty()) {
            return Optional.empty();
        }
        if (isExpression(query)) {
            for (String pair : query.split("&")) {
                if (isExpression(pair)) {
                    int eq = pair.indexOf('=');
                    return Optional.of(decode(eq < 0 ? pair : pair.substring(0, eq)));
                }
            }
            return Optional.of("query");
        }
        return Optional.empty();
    }

    /** The JSON path of the first value (or key) that carries an expression. */
    Optional<String> inBody(byte[] body) {
        if (body.length == 0) {
            return Optional.empty();
        }
        JsonNode root;
        try {
            root = json.readTree(body);
        } catch (JsonProcessingException e) {
            return isExpression(new String(body, StandardCharsets.UTF_8)) ? Optional.of("body") : Optional.empty();
        } catch (IOException e) {
            return Optional.of("body");
        }
        return root == null ? Optional.empty() : find(root, "");
    }

    private static Optional<String> find(JsonNode node, String path) {
        if (node.isTextual()) {
            return isExpression(node.textValue()) ? Optional.of(path.isEmpty() ? "body" : path) : Optional.empty();
        }
        if (node.isArray()) {
            for (int i = 0; i < node.size(); i++) {
                Optional<String> f = find(node.get(i), path + "[" + i + "]");
                if (f.isPresent()) {
                    return f;
                }
            }
        } else if (node.isObject()) {
            for (Iterator<Map.Entry<String, JsonNode>> it = node.fields(); it.hasNext();) {
                Map.Entry<String, JsonNode> e = it.next();
                String child = path.isEmpty() ? e.getKey() : path + "." + e.getKey();
                if (isExpression(e.getKey())) {
                    return Optional.of(child);
                }
                Optional<String> f = find(e.getValue(), child);
                if (f.isPresent()) {
                    return f;
                }
            }
        }
        return Optional.empty();
    }

    /** True when the text, or the text URL-decoded up to three times, holds "${" or "#{". */
    static boolean isExpression(String text) {
        String t = text;
        for (int i = 0; i < 4 && t != null; i++) {
            if (t.contains("${") || t.contains("#{")) {
                return true;
            }
            String decoded = decodeOrNull(t);
            if (decoded == null || decoded.equals(t)) {
                return false;
            }
            t = decoded;
        }
        return false;
    }

    private static String decodeOrNull(String s) {
        if (s.indexOf('%') < 0 && s.indexOf('+') < 0) {
            return s;
        }
        try {
            return URLDecoder.decode(s, StandardCharsets.UTF_8);
        } catch (IllegalArgumentException e) {
            // A broken escape: decode what can be decoded, so "%24{" next to "%zz" is still found.
            return s.replace("%24", "$").replace("%23", "#").replace("%7B", "{").replace("%7b", "{");
        }
    }

    private static String decode(String s) {
        String d = decodeOrNull(s);
        return d == null ? s : d;
    }

    private static void reject(HttpServletResponse response, String field) throws IOException {
        // The field path comes from the request: keep only harmless characters before echoing it.
        String safe = field.replaceAll("[^A-Za-z0-9_.\\[\\]-]", "");
        safe = safe.substring(0, Math.min(200, safe.length()));
        Problems.write(response, HttpStatus.BAD_REQUEST, "Ogiltig begäran",
                "Frågan innehåller ett uttryck (${...} eller #{...}). Uttryck är inte tillåtna i frågor och filter.",
                List.of(new FieldProblem(safe, "Uttryck är inte tillåtna.")));
    }

    /** Gives the engine the body this filter has already read. */
    static final class CachedBodyRequest extends HttpServletRequestWrapper {

        private final byte[] body;

        CachedBodyRequest(HttpServletRequest request, byte[] body) {
            super(request);
            this.body = body;
        }

        @Override
        public ServletInputStream getInputStream() {
            ByteArrayInputStream in = new ByteArrayInputStream(body);
            return new ServletInputStream() {
                @Override
                public int read() {
                    return in.read();
                }

                @Override
                public int read(byte[] b, int off, int len) {
                    return in.read(b, off, len);
                }

                @Override
                public boolean isFinished() {
                    return in.available() == 0;
                }

                @Override
                public boolean isReady() {
                    return true;
                }

                @Override
                public void setReadListener(ReadListener listener) {
                    throw new UnsupportedOperationException();
                }
            };
        }

        @Override
        public java.io.BufferedReader getReader() {
            String encoding = getCharacterEncoding() == null ? "UTF-8" : getCharacterEncoding();
            return new java.io.BufferedReader(new java.io.InputStreamReader(getInputStream(),
                    java.nio.charset.Charset.forName(encoding)));
        }

        @Override
        public int getContentLength() {
            return body.length;
        }

        @Override
        public long getContentLengthLong() {
            return body.length;
        }
    }
}
