package se.krimflow.sanction;

import static se.krimflow.sanction.SanctionFollowUp.*;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import se.krimflow.system.ApiException;
import se.krimflow.forms.FieldProblem;

/**
 * The body of {@code POST /api/cases/{caseNumber}/sanction}, checked field by field, and the
 * variables it gives {@code SanctionDecided}. Plain Java.
 */
final class SanctionDecision {

    static final Set<String> TYPES = Set.of(TYPE_YOUTH_SERVICE, TYPE_YOUTH_CARE, TYPE_BOTH, TYPE_OTHER);
    static final int MAX_PROVIDER_LENGTH = 200;

    /** The message variables; throws 400 with one entry per bad field. */
    static Map<String, Object> variables(Map<String, Object> body) {
        Map<String, Object> in = body == null ? Map.of() : body;
        List<FieldProblem> problems = new ArrayList<>();
        Object type = in.get(VAR_SANCTION_TYPE);
        if (type == null || (type instanceof String s && s.isBlank())) {
            problems.add(new FieldProblem(VAR_SANCTION_TYPE, "Ange påföljd."));
        } else if (!(type instanceof String s) || !TYPES.contains(s)) {
            problems.add(new FieldProblem(VAR_SANCTION_TYPE,
                    "Påföljden måste vara UNGDOMSTJANST, UNGDOMSVARD, UNGDOMSTJANST_OCH_UNGDOMSVARD eller ANNAN."));
        }
        String sanctionType = type instanceof String s && TYPES.contains(s) ? s : null;

        Integer hours = null;
        Object rawHours = in.get(VAR_YOUTH_SERVICE_HOURS);
        if (includesYouthService(sanctionType)) {
            if (rawHours == null) {
                problems.add(new FieldProblem(VAR_YOUTH_SERVICE_HOURS, "Ange antal timmar ungdomstjänst."));
            } else if (!(rawHours instanceof Integer || rawHours instanceof Long)) {
                problems.add(new FieldProblem(VAR_YOUTH_SERVICE_HOURS, "Antalet timmar måste vara ett heltal."));
            } else if (((Number) rawHours).longValue() < MIN_HOURS || ((Number) rawHours).longValue() > MAX_HOURS) {
                problems.add(new FieldProblem(VAR_YOUTH_SERVICE_HOURS,
                        "Ungdomstjänst är " + MIN_HOURS + "–" + MAX_HOURS + " timmar."));
            } else {
                hours = ((Number) rawHours).intValue();
            }
        }

        String provider = null;
        Object rawProvider = in.get(VAR_CARE_PROVIDER);
        if (includesYouthCare(sanctionType)) {
            if (rawProvider == null || (rawProvider instanceof String s && s.isBlank())) {
                problems.add(new FieldProblem(VAR_CARE_PROVIDER, "Ange vårdgivare för ungdomsvården."));
            } else if (!(rawProvider instanceof String s) || s.strip().length() > MAX_PROVIDER_LENGTH) {
                problems.add(new FieldProblem(VAR_CARE_PROVIDER,
                        "Ange vårdgivaren som text, högst " + MAX_PROVIDER_LENGTH + " tecken."));
            } else {
                provider = s.strip();
            }
        }
        if (!problems.isEmpty()) {
            throw ApiException.invalid(problems);
        }
        Map<String, Object> variables = new HashMap<>();
        variables.put(VAR_SANCTION_TYPE, sanctionType);
        variables.put(VAR_YOUTH_SERVICE_HOURS, hours);
        variables.put(VAR_CARE_PROVIDER, provider);
        return variables;
    }

    /** The body of {@code prosecutor-response}: VARNING or UNDANROJD. */
    static String prosecutorResponse(Map<String, Object> body) {
        Object response = body == null ? null : body.get("response");
        if (response == null || (response instanceof String s && s.isBlank())) {
            throw ApiException.invalid("response", "Ange åklagarens svar.");
        }
        if (!RESPONSE_WARNING.equals(response) && !RESPONSE_REPLACED.equals(response)) {
            throw ApiException.invalid("response", "Svaret måste vara VARNING eller UNDANROJD.");
        }
        return (String) response;
    }

    private SanctionDecision() {
    }
}
