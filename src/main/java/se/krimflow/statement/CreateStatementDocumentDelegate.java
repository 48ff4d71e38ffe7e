package se.krimflow.statement;

import java.time.LocalDate;
import java.util.Map;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.camunda.bpm.engine.identity.User;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.variable.Variables;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

import se.krimflow.deadline.EngineClock;
import se.krimflow.system.WithoutAuthorizationCheck;

/**
 * Renders the approved statement as PDF and keeps it with the statement's process instance as the
 * file variable {@link StatementWriting#VAR_PDF} (it stays in the history of the case's statement
 * after the process ends; docs/adr/0005-statement-document.md).
 */
@Component("createStatementDocumentDelegate")
class CreateStatementDocumentDelegate implements JavaDelegate {

    static final String MIME_PDF = "application/pdf";

    private final StatementPdfRenderer renderer = new StatementPdfRenderer();
    private final String municipality;

    CreateStatementDocumentDelegate(
            @Value("${krimflow.statement.municipality:Helsingborgs stad, Socialförvaltningen}") String municipality) {
        this.municipality = municipality;
    }

    @Override
    public void execute(DelegateExecution execution) {
        CaseFacts.refresh(execution);
        Map<String, Object> variables = execution.getVariables();
        LocalDate today = EngineClock.today();
        String writer = displayName(execution, (String) variables.get(StatementWriting.VAR_WRITER));
        String decidedBy = displayName(execution, (String) variables.get(StatementWriting.VAR_DECIDED_BY));
        StatementDocument document = StatementDocument.from(variables, municipality, writer, decidedBy, today);
        byte[] pdf = renderer.render(document);
        execution.setVariable(StatementWriting.VAR_STATEMENT_DATE, ClockUtil.getCurrentTime());
        execution.setVariable(StatementWriting.VAR_PDF, Variables.fileValue(fileName(document.caseNumber()))
                .file(pdf).mimeType(MIME_PDF).create());
    }

    static String fileName(String caseNumber) {
        return "yttrande-" + caseNumber.replaceAll("[^A-Za-z0-9-]", "") + ".pdf";
    }

    /** The user's full name from the identity service, else the user id. */
    static String displayName(DelegateExecution execution, String userId) {
        if (userId == null) {
            return "";
        }
        User user = WithoutAuthorizationCheck.inCommand(() -> execution.getProcessEngineServices()
                .getIdentityService().createUserQuery().userId(userId).singleResult());
        if (user == null) {
            return userId;
        }
        String name = ((user.getFirstName() == null ? "" : user.getFirstName()) + " "
                + (user.getLastName() == null ? "" : user.getLastName())).strip();
        return name.isEmpty() ? userId : name;
    }
}
