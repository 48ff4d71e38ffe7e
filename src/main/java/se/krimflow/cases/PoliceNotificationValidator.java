package se.krimflow.cases;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Date;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

import se.krimflow.deadline.EngineClock;
import se.krimflow.forms.FieldProblem;
import se.krimflow.forms.FormErrors;
import se.krimflow.forms.FormValues;

/**
 * The one check of a police notification, made by the start listener of {@code YouthCrimeCase}
 * whether the case comes from {@code POST /api/cases} or from the Tasklist start form. Plain Java: no engine, no Spring. Values come as a
 * map of the JSON or form fields, so a wrong type is reported per field; dates may come as ISO
 * strings (JSON, Tasklist) or as {@link Date} (process variables).
 */
final class PoliceNotificationValidator {

    /** Either a notification or the problems; never both. */
    public record Result(PoliceNotification notification, List<FieldProblem> problems) {
        public boolean isValid() {
            return problems.isEmpty();
        }
    }

    /** Swedish labels of the fields, as the start form shows them. */
    public static final Map<String, String> LABELS;

    static {
        Map<String, String> labels = new LinkedHashMap<>();
        labels.put(YouthCrimeCase.VAR_PERSONNUMMER, "Personnummer");
        labels.put(YouthCrimeCase.VAR_YOUTH_NAME, "Den unges namn");
        labels.put(YouthCrimeCase.VAR_POLICE_REFERENCE, "Polisens diarienummer");
        labels.put(YouthCrimeCase.VAR_OFFENCE, "Misstänkt brott");
        labels.put(YouthCrimeCase.VAR_PRISON_IN_SCALE, "Fängelse i straffskalan");
        labels.put(YouthCrimeCase.VAR_SERIOUS_OFFENCE, "Allvarligare brott");
        labels.put(YouthCrimeCase.VAR_INTERROGATION_AT, "Tid för förhöret");
        labels.put(YouthCrimeCase.VAR_HAS_CASEWORKER, "Har redan en handläggare");
        labels.put(YouthCrimeCase.VAR_ARRESTED, "Gripen");
        labels.put(YouthCrimeCase.VAR_SUSPICION_NOTIFIED_AT, "Underrättad om misstanken");
        LABELS = Map.copyOf(labels);
    }

    static final int NAME_MAX = 200;
    static final int REFERENCE_MAX = 40;
    static final int OFFENCE_MAX = 200;
    private static final Pattern REFERENCE = Pattern.compile("[A-Za-z0-9][A-Za-z0-9 /-]*");

    /**
     * Checks every field; {@code today} is the date in Europe/Stockholm (no one is born after it).
     */
    public Result validate(Map<String, ?> values, LocalDate today) {
        List<FieldProblem> problems = new ArrayList<>();
        Personnummer pnr = null;
        try {
            pnr = Personnummer.parse(text(values.get(YouthCrimeCase.VAR_PERSONNUMMER)), today);
        } catch (Personnummer.InvalidPersonnummerException e) {
            problems.add(new FieldProblem(YouthCrimeCase.VAR_PERSONNUMMER, e.getMessage()));
        }
        String name = requiredText(values, YouthCrimeCase.VAR_YOUTH_NAME, NAME_MAX, "Ange den unges namn.", problems);
        String reference = requiredText(values, YouthCrimeCase.VAR_POLICE_REFERENCE, REFERENCE_MAX,
                "Ange polisens diarienummer.", problems);
        if (reference != null && !REFERENCE.matcher(reference).matches()) {
            problems.add(new FieldProblem(YouthCrimeCase.VAR_POLICE_REFERENCE,
                    "Polisens diarienummer får bara innehålla bokstäver, siffror, bindestreck och snedstreck."));
            reference = null;
        }
        String offence = requiredText(values, YouthCrimeCase.VAR_OFFENCE, OFFENCE_MAX,
                "Ange vilket brott den unge misstänks för.", problems);
        Boolean prison = bool(values, YouthCrimeCase.VAR_PRISON_IN_SCALE, problems);
        Boolean serious = bool(values, YouthCrimeCase.VAR_SERIOUS_OFFENCE, problems);
        Boolean caseworker = bool(values, YouthCrimeCase.VAR_HAS_CASEWORKER, problems);
        Boolean arrested = bool(values, YouthCrimeCase.VAR_ARRESTED, problems);
        OffsetDateTime interrogationAt = interrogationAt(values.get(YouthCrimeCase.VAR_INTERROGATION_AT), problems);
        if (pnr != null && interrogationAt != null
                && interrogationAt.atZoneSameInstant(EngineClock.ZONE).toLocalDate().isBefore(pnr.birthDate())) {
            problems.add(new FieldProblem(YouthCrimeCase.VAR_INTERROGATION_AT,
                    "Tid för förhöret ligger före den unges födelsedatum."));
        }
        LocalDate suspicionNotifiedOn = suspicionNotifiedOn(values.get(YouthCrimeCase.VAR_SUSPICION_NOTIFIED_AT), today,
                problems);
        if (!problems.isEmpty()) {
            return new Result(null, List.copyOf(problems));
        }
        return new Result(new PoliceNotification(pnr, name, reference, offence, prison, serious, caseworker, arrested,
                interrogationAt, suspicionNotifiedOn), List.of());
    }

    private static String text(Object value) {
        return value instanceof String s ? s : null;
    }

    private static String requiredText(Map<String, ?> values, String field, int max, String missing,
            List<FieldProblem> problems) {
        Object value = values.get(field);
        if (value == null || (value instanceof String s && s.isBlank())) {
            problems.add(new FieldProblem(field, missing));
            return null;
        }
        if (!(value instanceof String s)) {
            problems.add(new FieldProblem(field, LABELS.get(field) + " ska vara text."));
            return null;
        }
        String trimmed = s.trim();
        if (trimmed.length() > max) {
            problems.add(new FieldProblem(field, LABELS.get(field) + " får vara högst " + max + " tecken."));
            return null;
        }
        return trimmed;
    }

    private static Boolean bool(Map<String, ?> values, String field, List<FieldProblem> problems) {
        Object value = values.get(field);
        if (value instanceof Boolean b) {
            return b;
        }
        problems.add(new FieldProblem(field, value == null
                ? "Ange ja eller nej för " + LABELS.get(field).toLowerCase() + "."
                : LABELS.get(field) + " ska vara ja eller nej (true eller false)."));
        return null;
    }

    /** Optional: the day the youth was told of the suspicion, not after today. */
    private static LocalDate suspicionNotifiedOn(Object value, LocalDate today, List<FieldProblem> problems) {
        if (FormValues.blank(value)) {
            return null;
        }
        LocalDate day = FormValues.date(value);
        if (day == null) {
            problems.add(new FieldProblem(YouthCrimeCase.VAR_SUSPICION_NOTIFIED_AT, "Ange datumet som ÅÅÅÅ-MM-DD."));
        } else if (day.isAfter(today)) {
            problems.add(new FieldProblem(YouthCrimeCase.VAR_SUSPICION_NOTIFIED_AT, FormErrors.DATE_IN_FUTURE));
            return null;
        }
        return day;
    }

    /** The time of an interrogation: ISO text with an offset, or a Date; null with a problem otherwise. */
    static OffsetDateTime interrogationAt(Object value, List<FieldProblem> problems) {
        String field = YouthCrimeCase.VAR_INTERROGATION_AT;
        if (value instanceof Date date) {
            return date.toInstant().atZone(EngineClock.ZONE).toOffsetDateTime();
        }
        if (value == null || (value instanceof String s && s.isBlank())) {
            problems.add(new FieldProblem(field, "Ange tid för förhöret."));
            return null;
        }
        if (value instanceof String s) {
            try {
                return OffsetDateTime.parse(s.trim(), DateTimeFormatter.ISO_OFFSET_DATE_TIME);
            } catch (DateTimeParseException e) {
                problems.add(new FieldProblem(field,
                        "Ange tid för förhöret med datum, klockslag och tidszon, t.ex. 2026-12-01T10:00:00+01:00."));
                return null;
            }
        }
        problems.add(new FieldProblem(field, "Tid för förhöret ska vara en tidpunkt som text."));
        return null;
    }
}
