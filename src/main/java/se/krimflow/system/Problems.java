package se.krimflow.system;

import se.krimflow.forms.FieldProblem;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.util.ArrayList;
import java.util.List;

import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.converter.json.ProblemDetailJacksonMixin;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;

import jakarta.servlet.http.HttpServletResponse;

/**
 * The one shape of an error answer, {@code {"type","title","status","detail","errors":[{"field","message"}]}}:
 * built here for Spring MVC ({@link ApiProblems}) and written here, with Jackson, where an answer
 * leaves before Spring MVC (security entry points, servlet filters), so quotes, backslashes and
 * non-ASCII text are always escaped correctly.
 */
public final class Problems {

    /** Serializes ProblemDetail as Spring MVC does (its properties at the top level, no null instance). */
    private static final ObjectMapper JSON = new ObjectMapper()
            .addMixIn(ProblemDetail.class, ProblemDetailJacksonMixin.class);

    private Problems() {
    }

    /** The problem of type {@code about:blank} with the given text and field errors (possibly none). */
    static ProblemDetail of(HttpStatus status, String title, String detail, List<FieldProblem> errors) {
        ProblemDetail body = ProblemDetail.forStatusAndDetail(status, detail);
        body.setType(URI.create("about:blank"));
        body.setTitle(title);
        body.setProperty("errors", new ArrayList<>(errors));
        return body;
    }

    /** Writes a problem without field errors as the answer, {@code application/problem+json} in UTF-8. */
    public static void write(HttpServletResponse response, HttpStatus status, String title, String detail)
            throws IOException {
        write(response, status, title, detail, List.of());
    }

    static void write(HttpServletResponse response, HttpStatus status, String title, String detail,
            List<FieldProblem> errors) throws IOException {
        String body = json(of(status, title, detail, errors));
        response.setStatus(status.value());
        response.setContentType(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
        response.setCharacterEncoding("UTF-8");
        // Written, not streamed by Jackson: Jackson would close the writer and so end the answer.
        response.getWriter().write(body);
    }

    static String json(ProblemDetail problem) {
        try {
            return JSON.writeValueAsString(problem);
        } catch (JsonProcessingException e) {
            throw new UncheckedIOException(e);
        }
    }
}
