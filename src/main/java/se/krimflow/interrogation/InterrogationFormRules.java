package se.krimflow.interrogation;

import java.util.Map;

import se.krimflow.forms.FormErrors;
import se.krimflow.forms.FormRules;

/**
 * Cross-field rules of the attendance forms, checked on the server (Camunda Forms only check in
 * the browser). Each nested class is one form; all are registered in META-INF/services.
 */
public final class InterrogationFormRules {

    private InterrogationFormRules() {
    }

    static boolean isTrue(Object value) {
        return Boolean.TRUE.equals(value);
    }

    static boolean isFalse(Object value) {
        return Boolean.FALSE.equals(value);
    }

    static boolean blank(Object value) {
        return value == null || (value instanceof String s && s.isBlank());
    }

    static void requireBoolean(Map<String, Object> values, String key, String label, FormErrors errors) {
        if (!(values.get(key) instanceof Boolean)) {
            errors.add(label, "Ange ja eller nej.");
        }
    }

    /** "Närvara vid förhöret och dokumentera": the reason when no one attended, observations when someone did. */
    public static final class DocumentInterrogation implements FormRules {
        @Override
        public String formId() {
            return InterrogationAttendance.FORM_ATTEND;
        }

        @Override
        public void check(Map<String, Object> values, FormErrors errors) {
            requireBoolean(values, InterrogationAttendance.VAR_ATTENDED, "Närvarade vid förhöret", errors);
            requireBoolean(values, InterrogationAttendance.VAR_CONFESSED, "Erkände brottet", errors);
            requireBoolean(values, InterrogationAttendance.VAR_SENSITIVE_OFFENCE,
                    "Brott i nära relation, sexualbrott eller hedersrelaterat", errors);
            Object attended = values.get(InterrogationAttendance.VAR_ATTENDED);
            if (isFalse(attended) && blank(values.get(InterrogationAttendance.VAR_NOT_ATTENDED_REASON))) {
                errors.add("Orsak till att ingen närvarade", "Ange varför ingen från socialtjänsten närvarade.");
            }
            if (isTrue(attended)) {
                requireBoolean(values, InterrogationAttendance.VAR_GUARDIANS_PRESENT, "Vårdnadshavare närvarade",
                        errors);
                if (blank(values.get(InterrogationAttendance.VAR_YOUTH_ATTITUDE))) {
                    errors.add("Den unges inställning till brottet", "Beskriv den unges inställning till brottet.");
                }
                if (isTrue(values.get(InterrogationAttendance.VAR_GUARDIANS_PRESENT))
                        && blank(values.get(InterrogationAttendance.VAR_GUARDIANS_REACTION))) {
                    errors.add("Vårdnadshavarnas agerande och reaktioner",
                            "Beskriv hur vårdnadshavarna agerade och reagerade.");
                }
            }
        }
    }

    /** "Samtala med den unge och vårdnadshavarna": a summary when held, a reason when not. */
    public static final class TalkWithYouthAndGuardians implements FormRules {
        @Override
        public String formId() {
            return InterrogationAttendance.FORM_TALK;
        }

        @Override
        public void check(Map<String, Object> values, FormErrors errors) {
            requireBoolean(values, InterrogationAttendance.VAR_TALK_HELD, "Samtalet har hållits", errors);
            Object held = values.get(InterrogationAttendance.VAR_TALK_HELD);
            if (isTrue(held) && blank(values.get(InterrogationAttendance.VAR_TALK_SUMMARY))) {
                errors.add("Sammanfattning av samtalet", "Sammanfatta samtalet.");
            }
            if (isFalse(held) && blank(values.get(InterrogationAttendance.VAR_TALK_NOT_HELD_REASON))) {
                errors.add("Orsak till att samtalet inte hölls", "Ange varför samtalet inte hölls.");
            }
        }
    }

    /** "Utse den som närvarar vid förhöret": a note is required when no one can attend. */
    public static final class AppointInterrogationAttendee implements FormRules {
        @Override
        public String formId() {
            return InterrogationAttendance.FORM_ESCALATION;
        }

        @Override
        public void check(Map<String, Object> values, FormErrors errors) {
            if (InterrogationAttendance.APPOINTMENT_NONE.equals(values.get(InterrogationAttendance.VAR_APPOINTMENT))
                    && blank(values.get(InterrogationAttendance.VAR_APPOINTMENT_NOTE))) {
                errors.add("Kommentar", "Ange varför ingen kan närvara vid förhöret.");
            }
        }
    }
}
