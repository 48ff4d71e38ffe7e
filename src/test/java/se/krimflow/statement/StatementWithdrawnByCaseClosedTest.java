package se.krimflow.statement;

import static org.assertj.core.api.Assertions.assertThat;
import static se.krimflow.statement.StatementProcessTestSupport.WRITER;
import static se.krimflow.statement.StatementProcessTestSupport.approve;
import static se.krimflow.statement.StatementProcessTestSupport.requestVariables;
import static se.krimflow.statement.StatementProcessTestSupport.send;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Date;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.test.Deployment;
import org.camunda.bpm.engine.test.junit5.ProcessEngineExtension;
import org.camunda.bpm.engine.test.mock.Mocks;
import org.camunda.bpm.model.bpmn.Bpmn;
import org.camunda.bpm.model.bpmn.BpmnModelInstance;
import org.camunda.bpm.model.bpmn.instance.ExtensionElements;
import org.camunda.bpm.model.bpmn.instance.camunda.CamundaIn;
import org.camunda.bpm.model.bpmn.instance.camunda.CamundaOut;
import org.camunda.bpm.model.xml.instance.ModelElementInstance;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import se.krimflow.cases.CaseLife;
import se.krimflow.deadline.EngineClock;

/**
 * StatementWriting as a called process, through a test-only parent with the same call and
 * messages as YouthCrimeCase: the call passes the business key and variables, starts at the none
 * start event, hands statementSentAt back, and CaseClosed withdraws the request.
 */
@Deployment(resources = { "statement/StatementTestCase.bpmn", "processes/StatementWriting.bpmn",
        "processes/StatementSectionsDecision.dmn",
        "processes/StatementBookMeeting.form", "processes/StatementHoldMeeting.form", "processes/StatementDraft.form",
        "processes/StatementCommunicateDraft.form", "processes/StatementRecordComments.form",
        "processes/StatementDecision.form", "processes/StatementSend.form", "processes/StatementReminder.form",
        "processes/StatementOverdue.form" })
class StatementWithdrawnByCaseClosedTest {

    static final String PARENT = "StatementTestCase";

    @RegisterExtension
    static ProcessEngineExtension extension = ProcessEngineExtension.builder().build();

    ProcessEngine engine;

    @BeforeEach
    void setUp() {
        engine = extension.getProcessEngine();
        StatementProcessTestSupport.registerBeans();
        Mocks.register("caseLife", new CaseLife());
    }

    @AfterEach
    void tearDown() {
        Mocks.reset();
    }

    ProcessInstance requestStatement(String caseNumber) {
        Map<String, Object> caseVariables = new HashMap<>(requestVariables(caseNumber));
        Map<String, Object> message = new HashMap<>();
        for (String key : new String[] { StatementWriting.VAR_REQUESTED_BY, StatementWriting.VAR_DUE_DATE,
                StatementWriting.VAR_PERSONAL_REQUESTED }) {
            message.put(key, caseVariables.remove(key));
        }
        ProcessInstance parent = engine.getRuntimeService().startProcessInstanceByKey(PARENT, caseNumber, caseVariables);
        engine.getRuntimeService().createMessageCorrelation(StatementWriting.MESSAGE_STATEMENT_REQUESTED)
                .processInstanceId(parent.getId()).setVariables(message).correlateWithResult();
        return parent;
    }

    ProcessInstance statementOf(String caseNumber) {
        return engine.getRuntimeService().createProcessInstanceQuery().processDefinitionKey(StatementWriting.KEY)
                .processInstanceBusinessKey(caseNumber).singleResult();
    }

    @Test
    void statementRequestedOnTheCaseStartsStatementWritingWithTheCaseNumberAndVariables() {
        requestStatement("UNG-2026-000201");

        ProcessInstance statement = statementOf("UNG-2026-000201");
        assertThat(statement).isNotNull();
        assertThat(engine.getRuntimeService().getVariables(statement.getId())).containsEntry("caseNumber", "UNG-2026-000201")
                .containsEntry("requestedBy", "AKLAGARE").containsEntry("ageAtInterrogation", 16)
                .containsKey("statementDueDate");
        assertThat(engine.getTaskService().createTaskQuery().processInstanceId(statement.getId())
                .taskDefinitionKey(StatementWriting.TASK_BOOK_MEETING).count()).isOne();
    }

    @Test
    void caseClosedWithdrawsTheRequestAndEndsStatementWritingWithoutSending() {
        ProcessInstance parent = requestStatement("UNG-2026-000202");
        ProcessInstance statement = statementOf("UNG-2026-000202");

        engine.getRuntimeService().createMessageCorrelation("CaseClosed").processInstanceId(parent.getId())
                .setVariable("closeReason", "Åtal väcks inte").correlateWithResult();

        assertThat(engine.getRuntimeService().createProcessInstanceQuery().processInstanceId(statement.getId()).count()).isZero();
        assertThat(engine.getTaskService().createTaskQuery().processInstanceId(statement.getId()).count()).isZero();
        assertThat(engine.getManagementService().createJobQuery().processInstanceId(statement.getId()).count()).isZero();
        assertThat(engine.getHistoryService().createHistoricActivityInstanceQuery().processInstanceId(statement.getId())
                .activityId(StatementWriting.END_EVENT_SENT).count()).isZero();
        assertThat(engine.getHistoryService().createHistoricProcessInstanceQuery().processInstanceId(parent.getId())
                .singleResult().getEndTime()).isNotNull();
    }

    @Test
    void sentStatementHandsStatementSentAtBackToTheCase() {
        ProcessInstance parent = requestStatement("UNG-2026-000203");
        ProcessInstance statement = statementOf("UNG-2026-000203");
        Map<String, Object> approved = new HashMap<>(StatementProcessTestSupport.fullDraft());
        approved.put(StatementWriting.VAR_WRITER, WRITER);
        approved.put(StatementWriting.VAR_REQUIRED_SECTIONS, "TIDIGARE_ATGARDER,PLANERADE_ATGARDER");
        approved.putAll(approve());
        engine.getRuntimeService().setVariables(statement.getId(), approved);
        engine.getRuntimeService().createProcessInstanceModification(statement.getId())
                .cancelAllForActivity(StatementWriting.TASK_BOOK_MEETING)
                .startBeforeActivity(StatementWriting.TASK_SEND_STATEMENT).execute();

        StatementProcessTestSupport.completeAs(engine, WRITER,
                StatementProcessTestSupport.task(engine, statement.getId(), StatementWriting.TASK_SEND_STATEMENT), send());

        assertThat(engine.getRuntimeService().getVariable(parent.getId(), StatementWriting.VAR_SENT_AT)).isInstanceOf(Date.class);
        assertThat(engine.getRuntimeService().createProcessInstanceQuery().processInstanceId(parent.getId()).count()).isOne();
    }

    @Test
    void anExtensionMovesTheCasesDueDateAndAWithdrawalHandsItsOutcomeAndReasonBack() {
        ProcessInstance parent = requestStatement("UNG-2026-000204");
        ProcessInstance statement = statementOf("UNG-2026-000204");
        Date due = (Date) engine.getRuntimeService().getVariable(statement.getId(), StatementWriting.VAR_DUE_DATE);
        LocalDate newDay = due.toInstant().atZone(EngineClock.ZONE).toLocalDate().plusDays(10);
        remind(statement);
        StatementProcessTestSupport.completeAs(engine, WRITER, StatementProcessTestSupport.task(engine, statement.getId(),
                StatementWriting.TASK_REMINDER), Map.of(StatementWriting.VAR_DEADLINE_ANSWER, StatementWriting.EXTENDED,
                        StatementWriting.VAR_EXTENDED_DUE_DATE, newDay.toString()));
        assertThat(engine.getRuntimeService().getVariable(parent.getId(), StatementWriting.VAR_DUE_DATE))
                .isEqualTo(StatementProcessTestSupport.WORKING_DAYS.endOfDay(newDay));

        remind(statement);
        StatementProcessTestSupport.completeAs(engine, WRITER, StatementProcessTestSupport.task(engine, statement.getId(),
                StatementWriting.TASK_REMINDER), Map.of(StatementWriting.VAR_DEADLINE_ANSWER, StatementWriting.WITHDRAWN,
                        StatementWriting.VAR_WITHDRAWN_REASON, "Åklagaren har lagt ned förundersökningen"));

        assertThat(statementOf("UNG-2026-000204")).isNull();
        assertThat(engine.getRuntimeService().getVariable(parent.getId(), StatementWriting.VAR_OUTCOME))
                .isEqualTo(StatementWriting.OUTCOME_WITHDRAWN);
        assertThat(engine.getRuntimeService().getVariable(parent.getId(), StatementWriting.VAR_WITHDRAWN_REASON))
                .isEqualTo("Åklagaren har lagt ned förundersökningen");
        assertThat(engine.getRuntimeService().getVariable(parent.getId(), StatementWriting.VAR_SENT_AT)).isNull();
    }

    /** The test parent calls StatementWriting exactly as the real case does (same in and out mappings). */
    @Test
    void theTestParentCallsTheStatementAsTheCaseDoes() {
        assertThat(mappings("statement/StatementTestCase.bpmn")).isEqualTo(mappings("processes/YouthCrimeCase.bpmn"));
    }

    private List<String> mappings(String resource) {
        BpmnModelInstance model = Bpmn.readModelFromStream(
                getClass().getClassLoader().getResourceAsStream(resource));
        ModelElementInstance call = model.getModelElementById("CallActivity_StatementWriting");
        ExtensionElements extensions = call.getChildElementsByType(ExtensionElements.class).iterator().next();
        List<String> found = new ArrayList<>();
        for (CamundaIn in : extensions.getChildElementsByType(CamundaIn.class)) {
            found.add("in " + in.getCamundaSource() + in.getCamundaSourceExpression() + in.getCamundaBusinessKey()
                    + " -> " + in.getCamundaTarget());
        }
        for (CamundaOut out : extensions.getChildElementsByType(CamundaOut.class)) {
            found.add("out " + out.getCamundaSource() + " -> " + out.getCamundaTarget());
        }
        return found;
    }

    private void remind(ProcessInstance statement) {
        engine.getManagementService().executeJob(engine.getManagementService().createJobQuery()
                .processInstanceId(statement.getId()).activityId(StatementWriting.EVENT_REMINDER_DUE).singleResult().getId());
    }
}
