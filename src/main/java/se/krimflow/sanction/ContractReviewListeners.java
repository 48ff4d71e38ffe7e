package se.krimflow.sanction;

import static se.krimflow.sanction.SanctionFollowUp.*;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.ExecutionListener;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import se.krimflow.forms.FormValues;

/**
 * The monthly review of the youth contract: each item is followed up in its own task (in
 * parallel); their findings are added up for {@code YouthCareNonComplianceDecision}, which also
 * counts the warning talks held under the contract.
 */
@Configuration
class ContractReviewListeners {

    /** Bean {@code startYouthCareReviewListener}: a new review starts with a clean sheet. */
    @Bean("startYouthCareReviewListener")
    ExecutionListener startYouthCareReviewListener() {
        return ContractReviewListeners::startReview;
    }

    /** Bean {@code recordContractItemListener}: on completing an item's follow-up, add its findings. */
    @Bean("recordContractItemListener")
    TaskListener recordContractItemListener() {
        return ContractReviewListeners::recordItem;
    }

    /** Bean {@code recordCareWarningTalkListener}: a held warning talk counts for the next review. */
    @Bean("recordCareWarningTalkListener")
    TaskListener recordCareWarningTalkListener() {
        return ContractReviewListeners::recordWarningTalk;
    }

    static void startReview(DelegateExecution execution) {
        execution.setVariable(VAR_CARE_MISSED, 0);
        execution.setVariable(VAR_CARE_REFUSES, false);
        execution.setVariable(VAR_CARE_NEW_OFFENCE, false);
        execution.setVariable(VAR_CARE_MOVED, false);
        execution.setVariable(VAR_CARE_CHECK_NEEDED, false);
        execution.setVariable(VAR_CARE_WARNING_TALKS, FormValues.intValue(execution.getVariable(VAR_CARE_WARNING_TALKS), 0));
    }

    static void recordWarningTalk(DelegateTask task) {
        DelegateExecution instance = task.getExecution().getProcessInstance();
        instance.setVariable(VAR_CARE_WARNING_TALKS, FormValues.intValue(instance.getVariable(VAR_CARE_WARNING_TALKS), 0) + 1);
    }

    static void recordItem(DelegateTask task) {
        int missed = FormValues.intValue(task.getVariable(VAR_ITEM_MISSED), 0);
        boolean refuses = FormValues.isTrue(task.getVariable(VAR_ITEM_REFUSES));
        boolean newOffence = FormValues.isTrue(task.getVariable(VAR_ITEM_NEW_OFFENCE));
        boolean moved = FormValues.isTrue(task.getVariable(VAR_ITEM_MOVED));
        boolean neglected = ITEM_NEGLECTED.equals(task.getVariable(VAR_ITEM_STATUS));
        DelegateExecution instance = task.getExecution().getProcessInstance();
        instance.setVariable(VAR_CARE_MISSED, FormValues.intValue(instance.getVariable(VAR_CARE_MISSED), 0) + Math.max(0, missed));
        instance.setVariable(VAR_CARE_REFUSES, FormValues.isTrue(instance.getVariable(VAR_CARE_REFUSES)) || refuses);
        instance.setVariable(VAR_CARE_NEW_OFFENCE, FormValues.isTrue(instance.getVariable(VAR_CARE_NEW_OFFENCE)) || newOffence);
        instance.setVariable(VAR_CARE_MOVED, FormValues.isTrue(instance.getVariable(VAR_CARE_MOVED)) || moved);
        instance.setVariable(VAR_CARE_CHECK_NEEDED, FormValues.isTrue(instance.getVariable(VAR_CARE_CHECK_NEEDED))
                || neglected || missed > 0 || refuses || newOffence);
    }
}
