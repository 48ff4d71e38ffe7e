package se.krimflow.statement;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.format.DateTimeFormatter;

import com.openhtmltopdf.pdfboxout.PdfRendererBuilder;

/**
 * Renders a {@link StatementDocument} as PDF: the XHTML template {@code statement/statement.html}
 * filled in (every value escaped) and laid out by openhtmltopdf. The text uses PDF's standard
 * Helvetica with WinAnsi encoding, which covers å, ä, ö and é, so no font file has to exist on the
 * machine (docs/adr/0005-statement-document.md).
 */
final class StatementPdfRenderer {

    static final String TEMPLATE = "statement/statement.html";
    private static final DateTimeFormatter DATE = DateTimeFormatter.ISO_LOCAL_DATE;

    private final String template;

    StatementPdfRenderer() {
        try (InputStream in = StatementPdfRenderer.class.getClassLoader().getResourceAsStream(TEMPLATE)) {
            if (in == null) {
                throw new IllegalStateException("Missing template " + TEMPLATE);
            }
            this.template = new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    String html(StatementDocument d) {
        StringBuilder sections = new StringBuilder();
        for (StatementDocument.Section s : d.sections()) {
            sections.append("<h2>").append(escape(s.heading())).append("</h2>\n");
            for (String p : s.paragraphs()) {
                sections.append("<p>").append(escape(p).replace("\n", "<br/>")).append("</p>\n");
            }
        }
        return template
                .replace("{{municipality}}", escape(d.municipality()))
                .replace("{{caseNumber}}", escape(d.caseNumber()))
                .replace("{{youthName}}", escape(d.youthName()))
                .replace("{{personnummer}}", escape(d.personnummer()))
                .replace("{{requestedBy}}", escape(d.requestedBy()))
                .replace("{{writer}}", escape(d.writer()))
                .replace("{{decidedBy}}", escape(d.decidedBy()))
                .replace("{{date}}", escape(DATE.format(d.date())))
                .replace("{{sections}}", sections.toString());
    }

    byte[] render(StatementDocument document) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try {
            PdfRendererBuilder builder = new PdfRendererBuilder();
            builder.useFastMode();
            builder.withHtmlContent(html(document), null);
            builder.toStream(out);
            builder.run();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }

    static String escape(String text) {
        if (text == null) {
            return "";
        }
        StringBuilder b = new StringBuilder(text.length());
        for (char c : text.toCharArray()) {
            switch (c) {
                case '<' -> b.append("&lt;");
                case '>' -> b.append("&gt;");
                case '&' -> b.append("&amp;");
                case '"' -> b.append("&quot;");
                case '\'' -> b.append("&#39;");
                default -> {
                    if (c >= 0x20 || c == '\n' || c == '\t') {
                        b.append(c);
                    }
                }
            }
        }
        return b.toString();
    }
}
