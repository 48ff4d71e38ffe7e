package se.krimflow.interrogation;

import static se.krimflow.forms.FormValues.isFalse;
import static se.krimflow.forms.FormValues.isTrue;
import static se.krimflow.interrogation.InterrogationAttendance.*;

import java.util.Map;

import se.krimflow.forms.FormCheck;
import se.krimflow.forms.FormErrors;
import se.krimflow.forms.FormRule;
import se.krimflow.forms.FormRules;

/**
 * Cross-field rules of the attendance forms, checked on the server (Camunda Forms only check in
 * the browser), one check per form.
 */
@FormRule
final class InterrogationFormRules implements FormRules {

    @Override
    public Map<String, FormCheck> checks() {
        return Map.of(
                FORM_ATTEND, InterrogationFormRules::documentInterrogation,
                FORM_TALK, InterrogationFormRules::talkWithYouthAndGuardians,
                FORM_ESCALATION, InterrogationFormRules::appointInterrogationAttendee);
    }

    /** "Närvara vid förhöret och dokumentera": the reason when no one attended, observations when someone did. */
    static void documentInterrogation(Map<String, Object> values, FormErrors errors) {
        errors.requireBoolean(values, VAR_ATTENDED, "Närvarade vid förhöret");
        errors.requireBoolean(values, VAR_CONFESSED, "Erkände brottet");
        errors.requireBoolean(values, VAR_SENSITIVE_OFFENCE,
                "Brott i nära relation, sexualbrott eller hedersrelaterat");
        errors.notInFuture(values, VAR_SUSPICION_NOTIFIED_AT, "Den unge underrättades om misstanken");
        Object attended = values.get(VAR_ATTENDED);
        errors.requireTextWhen(isFalse(attended), values, VAR_NOT_ATTENDED_REASON,
                "Orsak till att ingen närvarade", "Ange varför ingen från socialtjänsten närvarade.");
        errors.requireTextWhen(isFalse(attended) && NOT_ATTENDED_OTHER.equals(values.get(VAR_NOT_ATTENDED_REASON)),
                values, VAR_NOT_ATTENDED_NOTE, "Kommentar till orsaken", "Beskriv det andra skälet.");
        if (isTrue(attended)) {
            errors.requireBoolean(values, VAR_GUARDIANS_PRESENT, "Vårdnadshavare närvarade");
            errors.requireText(values, VAR_YOUTH_ATTITUDE, "Den unges inställning till brottet",
                    "Beskriv den unges inställning till brottet.");
            errors.requireTextWhen(isTrue(values.get(VAR_GUARDIANS_PRESENT)), values, VAR_GUARDIANS_REACTION,
                    "Vårdnadshavarnas agerande och reaktioner", "Beskriv hur vårdnadshavarna agerade och reagerade.");
        }
    }

    /** "Samtala med den unge och vårdnadshavarna": a summary when held, a reason when not. */
    static void talkWithYouthAndGuardians(Map<String, Object> values, FormErrors errors) {
        errors.requireBoolean(values, VAR_TALK_HELD, "Samtalet har hållits");
        Object held = values.get(VAR_TALK_HELD);
        errors.requireTextWhen(isTrue(held), values, VAR_TALK_SUMMARY, "Sammanfattning av samtalet",
                "Sammanfatta samtalet.");
        errors.requireTextWhen(isFalse(held), values, VAR_TALK_NOT_HELD_REASON,
                "Orsak till att samtalet inte hölls", "Ange varför samtalet inte hölls.");
    }

    /** "Utse den som närvarar vid förhöret": a note is required when no one can attend. */
    static void appointInterrogationAttendee(Map<String, Object> values, FormErrors errors) {
        errors.requireTextWhen(APPOINTMENT_NONE.equals(values.get(VAR_APPOINTMENT)), values, VAR_APPOINTMENT_NOTE,
                "Kommentar", "Ange varför ingen kan närvara vid förhöret.");
    }

}
