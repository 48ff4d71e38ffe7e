package se.krimflow.statement;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.Map;

import org.junit.jupiter.api.Test;

import se.krimflow.forms.FieldProblem;
import se.krimflow.forms.FormCheck;
import se.krimflow.forms.FormErrors;

class StatementFormRulesTest {

    static FormErrors check(FormCheck rules, Map<String, Object> values) {
        FormErrors errors = new FormErrors();
        rules.check(values, errors);
        return errors;
    }

    @Test
    void draftNeedsEveryFieldOfEachRequiredSectionOnly() {
        Map<String, Object> values = new HashMap<>(StatementProcessTestSupport.fullDraft());
        values.put(StatementWriting.VAR_REQUIRED_SECTIONS, "TIDIGARE_ATGARDER,PLANERADE_ATGARDER,VARDPLAN");
        values.remove(StatementWriting.VAR_YOUTH_CONTRACT);
        values.remove(StatementWriting.VAR_MEDIATION_TEXT);
        assertThat(check(StatementFormRules::draft, values).isEmpty()).isTrue();

        values.put(StatementWriting.VAR_PLANNED_LENGTH, " ");
        values.remove(StatementWriting.VAR_CARE_PLAN);
        assertThat(check(StatementFormRules::draft, values).problems())
                .extracting(FieldProblem::field).containsExactly("Planerade åtgärder", "Vårdplan");
    }

    @Test
    void theStatementCannotHaveBeenSentInTheFuture() {
        Map<String, Object> values = new HashMap<>(StatementProcessTestSupport.send());
        assertThat(check(StatementFormRules::send, values).isEmpty()).isTrue();
        values.put(StatementWriting.VAR_SENT_TO_FAMILY_ON, LocalDate.now().plusDays(3).toString());
        assertThat(check(StatementFormRules::send, values).problems()).extracting(FieldProblem::field)
                .containsExactly("Skickat till den unge och vårdnadshavarna");
    }

    @Test
    void meetingDateMayNotBeInTheFuture() {
        Map<String, Object> values = new HashMap<>(StatementProcessTestSupport.holdMeeting(false, false));
        values.put(StatementWriting.VAR_MEETING_HELD_ON, LocalDate.now().plusDays(2).toString());
        assertThat(check(StatementFormRules::holdMeeting, values).problems())
                .extracting(FieldProblem::field).containsExactly("Mötet hölls");
    }

    @Test
    void commentsAreRequiredOnlyWhenSomeCameIn() {
        assertThat(check(StatementFormRules::comments, Map.of(StatementWriting.VAR_COMMENTS_RECEIVED, "NEJ")).isEmpty()).isTrue();
        assertThat(check(StatementFormRules::comments, Map.of(StatementWriting.VAR_COMMENTS_RECEIVED, "JA")).isEmpty()).isFalse();
    }

    @Test
    void approvalNeedsNoCommentButReturnDoes() {
        assertThat(check(StatementFormRules::decision, Map.of(StatementWriting.VAR_DECISION, "GODKAND")).isEmpty()).isTrue();
        assertThat(check(StatementFormRules::decision, Map.of(StatementWriting.VAR_DECISION, "ATERLAMNAD")).isEmpty()).isFalse();
    }
}
