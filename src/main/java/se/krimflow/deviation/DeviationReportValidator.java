package se.krimflow.deviation;

import static se.krimflow.forms.FormValues.blank;
import static se.krimflow.deviation.DeviationHandling.CATEGORY;
import static se.krimflow.deviation.DeviationHandling.CONCERNS_OTHER_ORGANISATION;
import static se.krimflow.deviation.DeviationHandling.DESCRIPTION;
import static se.krimflow.deviation.DeviationHandling.ORGANISATION;
import static se.krimflow.deviation.DeviationHandling.REPORTER_TYPE;
import static se.krimflow.deviation.DeviationHandling.RISK_FOR_CLIENT;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import se.krimflow.deviation.DeviationHandling.Category;
import se.krimflow.deviation.DeviationHandling.ReporterType;
import se.krimflow.forms.FieldProblem;
import se.krimflow.forms.FormErrors;

/**
 * The one validation of a deviation report, made by the process start listener whichever way the
 * process starts ({@code POST /api/deviations}, the Tasklist start form, the engine's REST API).
 * Answers the problems under their JSON field names; empty when the report is valid. Plain Java.
 */
final class DeviationReportValidator {

    static final int DESCRIPTION_MIN = 10;
    static final int DESCRIPTION_MAX = 4000;
    static final int ORGANISATION_MAX = 200;

    /** Swedish labels of the start form's fields, for Tasklist messages. */
    static final Map<String, String> LABELS = Map.of(
            REPORTER_TYPE, "Vem rapporterar",
            RISK_FOR_CLIENT, "Risk för klient",
            CONCERNS_OTHER_ORGANISATION, "Gäller annan organisation",
            ORGANISATION, "Organisation",
            CATEGORY, "Kategori",
            DESCRIPTION, "Beskrivning");

    List<FieldProblem> validate(Map<String, ?> values) {
        List<FieldProblem> problems = new ArrayList<>();
        Object reporterType = values.get(REPORTER_TYPE);
        if (blank(reporterType)) {
            problems.add(new FieldProblem(REPORTER_TYPE, "Ange vem som rapporterar (PERSONAL, KLIENT eller PARTNER)."));
        } else if (!DeviationHandling.isCode(ReporterType.class, reporterType)) {
            problems.add(new FieldProblem(REPORTER_TYPE, "Ange PERSONAL, KLIENT eller PARTNER."));
        }
        if (!(values.get(RISK_FOR_CLIENT) instanceof Boolean)) {
            problems.add(new FieldProblem(RISK_FOR_CLIENT, FormErrors.ANSWER_YES_OR_NO));
        }
        Object concerns = values.get(CONCERNS_OTHER_ORGANISATION);
        if (!(concerns instanceof Boolean)) {
            problems.add(new FieldProblem(CONCERNS_OTHER_ORGANISATION, FormErrors.ANSWER_YES_OR_NO));
        }
        Object organisation = values.get(ORGANISATION);
        boolean needsOrganisation = Boolean.TRUE.equals(concerns) || ReporterType.PARTNER.name().equals(reporterType);
        if (blank(organisation)) {
            if (needsOrganisation) {
                problems.add(new FieldProblem(ORGANISATION, "Ange vilken organisation avvikelsen gäller."));
            }
        } else if (!(organisation instanceof String o) || o.strip().length() > ORGANISATION_MAX) {
            problems.add(new FieldProblem(ORGANISATION, "Skriv högst " + ORGANISATION_MAX + " tecken."));
        } else if (ClientIdentity.looksLikePersonnummer(organisation)) {
            problems.add(new FieldProblem(ORGANISATION, ClientIdentity.MESSAGE));
        }
        Object category = values.get(CATEGORY);
        if (blank(category)) {
            problems.add(new FieldProblem(CATEGORY, "Välj en kategori."));
        } else if (!DeviationHandling.isCode(Category.class, category)) {
            problems.add(new FieldProblem(CATEGORY, "Okänd kategori. Välj en av: " + String.join(", ",
                    DeviationHandling.codes(Category.class).keySet()) + "."));
        }
        Object description = values.get(DESCRIPTION);
        if (blank(description)) {
            problems.add(new FieldProblem(DESCRIPTION, "Beskriv avvikelsen."));
        } else if (!(description instanceof String d)) {
            problems.add(new FieldProblem(DESCRIPTION, "Beskrivningen ska vara text."));
        } else if (d.strip().length() < DESCRIPTION_MIN || d.strip().length() > DESCRIPTION_MAX) {
            problems.add(new FieldProblem(DESCRIPTION,
                    "Skriv mellan " + DESCRIPTION_MIN + " och " + DESCRIPTION_MAX + " tecken."));
        } else if (ClientIdentity.looksLikePersonnummer(d)) {
            problems.add(new FieldProblem(DESCRIPTION, ClientIdentity.MESSAGE));
        }
        return problems;
    }

    /** Whether the report names another organisation that the deviation will be sent to. */
    static boolean needsOrganisation(Map<String, ?> values) {
        return Boolean.TRUE.equals(values.get(CONCERNS_OTHER_ORGANISATION))
                || ReporterType.PARTNER.name().equals(values.get(REPORTER_TYPE));
    }
}
