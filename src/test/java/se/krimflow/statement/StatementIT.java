package se.krimflow.statement;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.util.HashMap;
import java.util.Map;
import java.util.UUID;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.camunda.bpm.engine.ProcessEngine;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.boot.test.web.server.LocalServerPort;

import se.krimflow.system.ReadAudit;
import se.krimflow.testsupport.KrimflowHttp;
import se.krimflow.testsupport.KrimflowIntegrationTest;

/**
 * The statement endpoints over HTTP on the whole application (PostgreSQL). The statement is seeded
 * by running the deployed StatementWriting from its document step with the case number as business
 * key, as YouthCrimeCase's call activity would (YouthCrimeCase is another feature).
 */
@KrimflowIntegrationTest
@ExtendWith(OutputCaptureExtension.class)
class StatementIT {

    @LocalServerPort
    int port;

    /**
     * Other tests in the shared context try wrong passwords, after which the engine locks the user
     * for a few seconds (401): this client waits that out, since every password here is right.
     */
    KrimflowHttp http;

    @BeforeEach
    void client() {
        http = KrimflowHttp.waitingOutLockouts(port);
    }

    @Autowired
    ProcessEngine engine;
    @Autowired
    ReadAudit readAudit;

    String seedApprovedStatement() {
        String caseNumber = "UNG-IT-" + UUID.randomUUID().toString().substring(0, 8).toUpperCase();
        Map<String, Object> variables = new HashMap<>(StatementProcessTestSupport.requestVariables(caseNumber));
        variables.putAll(StatementProcessTestSupport.fullDraft());
        variables.put(StatementWriting.VAR_REQUIRED_SECTIONS, "TIDIGARE_ATGARDER,PLANERADE_ATGARDER,MEDLING");
        variables.put(StatementWriting.VAR_WRITER, "krim1");
        variables.put(StatementWriting.VAR_DECIDED_BY, "krimchef1");
        variables.put(StatementWriting.VAR_DECISION, StatementWriting.DECISION_APPROVE);
        engine.getRuntimeService().createProcessInstanceByKey(StatementWriting.KEY).businessKey(caseNumber)
                .setVariables(variables).startBeforeActivity(StatementWriting.TASK_CREATE_DOCUMENT).execute();
        return caseNumber;
    }

    @Test
    void managerGetsTheStatementPdfAndOutreachWorkerGets403(CapturedOutput output) throws Exception {
        String caseNumber = seedApprovedStatement();
        String path = "/api/cases/" + caseNumber + "/statement.pdf";

        assertThat(get(path, "mobila1").statusCode()).isEqualTo(403);
        assertThat(get(path, null).statusCode()).isEqualTo(401);

        HttpResponse<byte[]> pdf = get(path, "krimchef1");
        assertThat(pdf.statusCode()).isEqualTo(200);
        assertThat(pdf.headers().firstValue("Content-Type")).hasValue("application/pdf");
        assertThat(pdf.headers().firstValue("Cache-Control").orElse("")).contains("no-store");
        try (PDDocument document = Loader.loadPDF(pdf.body())) {
            assertThat(new PDFTextStripper().getText(document)).contains(caseNumber, "Östen Åkesson", "Vidtagna åtgärder",
                    "Planerade åtgärder", "Medling");
        }
        assertThat(readAudit.page(caseNumber, 0, 50).items()).as("the read log")
                .anySatisfy(e -> assertThat(e).extracting("userId", "what").containsExactly("krimchef1", "statement.pdf"));
        assertThat(output.getOut()).as("no personal data in the application log").doesNotContain("Östen Åkesson");

        assertThat(get(path, "krim1").statusCode()).as("the writer, who has the case's task").isEqualTo(200);
        HttpResponse<byte[]> notHers = get(path, "handlaggare1");
        HttpResponse<byte[]> unknown = get("/api/cases/UNG-IT-OKANT/statement.pdf", "handlaggare1");
        assertThat(notHers.statusCode()).as("a caseworker with no task in the case").isEqualTo(404);
        assertThat(new String(notHers.body())).as("the same answer as an unknown case")
                .isEqualTo(new String(unknown.body()).replace("UNG-IT-OKANT", caseNumber));
    }

    @Test
    void noStatementIs404() throws Exception {
        assertThat(get("/api/cases/UNG-IT-INGET/statement.pdf", "krimchef1").statusCode()).isEqualTo(404);
    }

    @Test
    void statementRequestForAnUnknownCaseIs404AndBadFieldsAre400() throws Exception {
        String path = "/api/cases/UNG-IT-OKANT/statement-request";
        HttpResponse<String> unknown = post(path, "krim1",
                "{\"requestedBy\":\"AKLAGARE\",\"dueDate\":\"2099-12-15\",\"personalCircumstancesRequested\":true}");
        assertThat(unknown.statusCode()).isEqualTo(404);

        HttpResponse<String> bad = post(path, "krim1",
                "{\"requestedBy\":\"GRANNE\",\"dueDate\":\"2020-01-01\",\"personalCircumstancesRequested\":1}");
        assertThat(bad.statusCode()).isEqualTo(400);
        assertThat(bad.headers().firstValue("Content-Type").orElse("")).startsWith("application/problem+json");
        assertThat(bad.body()).contains("\"field\":\"requestedBy\"", "\"field\":\"dueDate\"",
                "\"field\":\"personalCircumstancesRequested\"");

        assertThat(post(path, "mobila1", "{}").statusCode()).isEqualTo(403);
    }

    HttpResponse<byte[]> get(String path, String user) {
        return http.getBytes(path, user);
    }

    HttpResponse<String> post(String path, String user, String body) {
        return http.postJson(path, body, user);
    }
}
