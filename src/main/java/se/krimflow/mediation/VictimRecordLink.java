package se.krimflow.mediation;

import static se.krimflow.mediation.MediationOffer.*;

import java.util.HashMap;
import java.util.Map;

import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.springframework.stereotype.Component;

import se.krimflow.deadline.EngineClock;
import se.krimflow.forms.FormValues;
import se.krimflow.system.WithoutAuthorizationCheck;

/**
 * The link between a mediation and the victim's own record. The record is its own root process
 * instance, not a called sub-instance of the offender's case: so its own number is its business key
 * and its own history time to live applies (a called instance inherits the root's removal time).
 * Both directions run without the caller's engine authorizations, because they are the process's own
 * steps: the mediator who completes the consultation may not start processes by hand, and the
 * record's answer is delivered to a mediation the mediator only works tasks of.
 * <ul>
 * <li>{@link #open}: the step "Kontakta brottsoffret" opens the record with only the case number, the
 * six-week day and the mediation's id; the mediation keeps the record's number (a reference);</li>
 * <li>{@link #answered}: the record's end sends the answer (consent, not reached, withdrawal) to the
 * mediation, never the victim's details;</li>
 * <li>{@link #mediationStepEnded}: when the mediation stops waiting without an answer (a withdrawal
 * through the API, the case closed), the open record is ended too; its history stays.</li>
 * </ul>
 */
@Component(BEAN_VICTIM_RECORD_LINK)
public class VictimRecordLink {

    static final String DELETE_REASON = "Medlingen avslutades innan brottsoffrets svar registrerades";

    /** Service task of MediationOffer: opens the victim's record. */
    public void open(DelegateExecution mediation) {
        WithoutAuthorizationCheck.inCommand(() -> {
            String number = VictimRecordNumbers.next(EngineClock.today().getYear());
            Map<String, Object> variables = new HashMap<>();
            variables.put(MediationVictimRecord.VAR_CASE_NUMBER, mediation.getVariable(VAR_CASE_NUMBER));
            variables.put(MediationVictimRecord.VAR_RECORD_NUMBER, number);
            variables.put(MediationVictimRecord.VAR_MEDIATION_INSTANCE, mediation.getProcessInstanceId());
            variables.put(MediationVictimRecord.VAR_SIX_WEEK_LIMIT_ON, mediation.getVariable(VAR_SIX_WEEK_LIMIT_ON));
            variables.put(MediationVictimRecord.VAR_CONTACT_ATTEMPTS, 0);
            mediation.setVariable(VAR_VICTIM_RECORD_NUMBER, number);
            mediation.setVariable(VAR_VICTIM_ANSWERED, false);
            runtime(mediation).startProcessInstanceByKey(MediationVictimRecord.KEY, number, variables);
            return null;
        });
    }

    /** End listener of the record: the answer, and only the answer, goes to the mediation. */
    public void answered(DelegateExecution record) {
        WithoutAuthorizationCheck.inCommand(() -> {
            Object mediationId = record.getVariable(MediationVictimRecord.VAR_MEDIATION_INSTANCE);
            RuntimeService runtime = runtime(record);
            if (!(mediationId instanceof String id) || runtime.createEventSubscriptionQuery().processInstanceId(id)
                    .eventType("message").eventName(MESSAGE_VICTIM_ANSWER_RECORDED).count() == 0) {
                return null; // the mediation no longer waits (it ended meanwhile)
            }
            Object answer = record.getVariable(MediationVictimRecord.VAR_VICTIM_CONSENT_ANSWER);
            boolean withdrawn = FormValues.isTrue(record.getVariable(MediationVictimRecord.VAR_WITHDRAWN));
            Map<String, Object> reply = new HashMap<>();
            reply.put(VAR_VICTIM_ANSWERED, true);
            reply.put(VAR_WITHDRAWN, withdrawn);
            reply.put(VAR_VICTIM_CONSENTS, !withdrawn && MediationVictimRecord.CONSENTS.equals(answer));
            reply.put(VAR_VICTIM_NOT_REACHED, !withdrawn && MediationVictimRecord.NOT_REACHED_GIVE_UP.equals(answer));
            if (withdrawn) {
                reply.put(VAR_WITHDRAWN_BY, record.getVariable(MediationVictimRecord.VAR_WITHDRAWN_BY));
            }
            runtime.createMessageCorrelation(MESSAGE_VICTIM_ANSWER_RECORDED).processInstanceId(id)
                    .setVariables(reply).correlateWithResult();
            return null;
        });
    }

    /** End listener of the mediation's wait: without an answer, the open record ends with it. */
    public void mediationStepEnded(DelegateExecution mediation) {
        if (FormValues.isTrue(mediation.getVariable(VAR_VICTIM_ANSWERED))) {
            return;
        }
        Object number = mediation.getVariable(VAR_VICTIM_RECORD_NUMBER);
        if (number == null) {
            return;
        }
        WithoutAuthorizationCheck.inCommand(() -> {
            RuntimeService runtime = runtime(mediation);
            for (ProcessInstance record : runtime.createProcessInstanceQuery()
                    .processDefinitionKey(MediationVictimRecord.KEY).processInstanceBusinessKey(number.toString())
                    .list()) {
                runtime.deleteProcessInstance(record.getId(), DELETE_REASON);
            }
            return null;
        });
    }

    private static RuntimeService runtime(DelegateExecution execution) {
        return execution.getProcessEngineServices().getRuntimeService();
    }
}
