package se.krimflow.cases;

import java.util.List;

import se.krimflow.forms.FieldProblem;
import se.krimflow.forms.FormErrors;
import se.krimflow.forms.InvalidValues;

/**
 * An open case already holds the notification's police reference and personnummer: Tasklist shows
 * the message under the reference's label, {@code POST /api/cases} answers 409 with it.
 */
final class DuplicateCase extends InvalidValues {

    private static final long serialVersionUID = 1L;

    static final String MESSAGE =
            "Det finns redan ett öppet ärende med samma diarienummer hos polisen och personnummer.";

    private static final List<FieldProblem> PROBLEMS =
            List.of(new FieldProblem(YouthCrimeCase.VAR_POLICE_REFERENCE, MESSAGE));

    DuplicateCase() {
        super(PROBLEMS, FormErrors.labelled(PROBLEMS, PoliceNotificationValidator.LABELS));
    }
}
