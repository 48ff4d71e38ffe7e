package se.krimflow.cases;

import java.time.LocalDate;
import java.util.Map;

import org.camunda.bpm.engine.impl.util.ClockUtil;

import se.krimflow.forms.FormErrors;
import se.krimflow.forms.FormRules;

/** Server-side rules of the start form: exactly the checks of {@code POST /api/cases}. */
public class RegisterPoliceNotificationRules implements FormRules {

    private final PoliceNotificationValidator validator = new PoliceNotificationValidator();

    @Override
    public String formId() {
        return YouthCrimeCase.START_FORM;
    }

    @Override
    public void check(Map<String, Object> values, FormErrors errors) {
        LocalDate today = LocalDate.ofInstant(ClockUtil.getCurrentTime().toInstant(), PoliceNotification.ZONE);
        validator.validate(values, today).problems()
                .forEach(p -> errors.add(PoliceNotificationValidator.LABELS.get(p.field()), p.message()));
    }
}
