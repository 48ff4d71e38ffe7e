package se.krimflow.system;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.springframework.http.HttpStatus;
import org.springframework.mock.web.MockHttpServletResponse;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import se.krimflow.forms.FieldProblem;

class ProblemsTest {

    static final ObjectMapper JSON = new ObjectMapper();

    @Test
    void quotesAndBackslashesInTheTextStillGiveValidJsonWithTheExactText() throws Exception {
        String title = "Titel med \"citat\" och \\ bakstreck";
        String detail = "Sökvägen C:\\temp\\\"x\" är fel; å ä ö";
        MockHttpServletResponse response = new MockHttpServletResponse();

        Problems.write(response, HttpStatus.BAD_REQUEST, title, detail,
                List.of(new FieldProblem("a\"b\\c", "Meddelande \"citerat\"")));

        JsonNode body = JSON.readTree(response.getContentAsString(StandardCharsets.UTF_8));
        assertThat(body.get("type").asText()).isEqualTo("about:blank");
        assertThat(body.get("title").asText()).isEqualTo(title);
        assertThat(body.get("status").asInt()).isEqualTo(400);
        assertThat(body.get("detail").asText()).isEqualTo(detail);
        assertThat(body.get("errors").get(0).get("field").asText()).isEqualTo("a\"b\\c");
        assertThat(body.get("errors").get(0).get("message").asText()).isEqualTo("Meddelande \"citerat\"");
    }

    @Test
    void writesTheSameBytesAsBeforeForPlainSwedishText() throws Exception {
        MockHttpServletResponse response = new MockHttpServletResponse();

        Problems.write(response, HttpStatus.FORBIDDEN, "Ingen behörighet", "Din grupp får inte göra detta.");

        assertThat(response.getStatus()).isEqualTo(403);
        assertThat(response.getContentType()).isEqualTo("application/problem+json;charset=UTF-8");
        assertThat(response.getContentAsString(StandardCharsets.UTF_8)).isEqualTo(
                "{\"type\":\"about:blank\",\"title\":\"Ingen behörighet\",\"status\":403,"
                        + "\"detail\":\"Din grupp får inte göra detta.\",\"errors\":[]}");
    }

    @Test
    void theApiAdviceAndTheServletWriterGiveTheSameProblem() throws Exception {
        var answer = ApiProblems.problem(HttpStatus.CONFLICT, "Konflikt", "Finns redan.",
                List.of(new FieldProblem("policeReference", "Finns redan.")));
        MockHttpServletResponse written = new MockHttpServletResponse();

        Problems.write(written, HttpStatus.CONFLICT, "Konflikt", "Finns redan.",
                List.of(new FieldProblem("policeReference", "Finns redan.")));

        assertThat(Problems.json(answer.getBody())).isEqualTo(written.getContentAsString(StandardCharsets.UTF_8));
    }
}
