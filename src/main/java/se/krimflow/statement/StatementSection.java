package se.krimflow.statement;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;

/**
 * The sections a statement may contain: the output values of {@code StatementSectionsDecision}
 * (CONTRACT.md), their Swedish headings and the draft fields that fill them.
 */
enum StatementSection {

    TIDIGARE_ATGARDER("Vidtagna åtgärder", List.of(StatementWriting.VAR_EARLIER_MEASURES)),
    PLANERADE_ATGARDER("Planerade åtgärder", List.of(StatementWriting.VAR_PLANNED_KIND,
            StatementWriting.VAR_PLANNED_EXTENT, StatementWriting.VAR_PLANNED_LENGTH,
            StatementWriting.VAR_PLANNED_MEASURES)),
    PERSONLIGA_FORHALLANDEN("Personlig utveckling och levnadsförhållanden",
            List.of(StatementWriting.VAR_PERSONAL_CIRCUMSTANCES)),
    UNGDOMSKONTRAKT("Ungdomskontrakt", List.of(StatementWriting.VAR_YOUTH_CONTRACT)),
    VARDPLAN("Vårdplan", List.of(StatementWriting.VAR_CARE_PLAN)),
    LAMPLIGHET_UNGDOMSTJANST("Lämplighet för ungdomstjänst", List.of(StatementWriting.VAR_YOUTH_SERVICE_SUITABLE,
            StatementWriting.VAR_YOUTH_SERVICE_ASSESSMENT)),
    MEDLING("Medling", List.of(StatementWriting.VAR_MEDIATION_TEXT));

    private final String heading;
    private final List<String> fields;

    StatementSection(String heading, List<String> fields) {
        this.heading = heading;
        this.fields = fields;
    }

    public String heading() {
        return heading;
    }

    /** The draft form's fields that must be filled when this section is required. */
    public List<String> fields() {
        return fields;
    }

    /** Parses the comma-separated codes of {@link StatementWriting#VAR_REQUIRED_SECTIONS}. */
    public static List<StatementSection> parse(Object codes) {
        List<StatementSection> result = new ArrayList<>();
        if (codes == null || String.valueOf(codes).isBlank()) {
            return result;
        }
        for (String code : String.valueOf(codes).split(",")) {
            result.add(valueOf(code.trim()));
        }
        return result;
    }

    public static String join(List<?> codes) {
        return String.join(",", codes.stream().map(String::valueOf).toList());
    }

    /** Labels for the codes of the draft's selects, for the document. */
    static final Map<String, String> VALUE_LABELS = Map.of(
            "UNGDOMSTJANST", "Ungdomstjänst",
            "UNGDOMSVARD", "Ungdomsvård",
            "STODSAMTAL", "Stödsamtal",
            "BISTAND_SOL", "Bistånd enligt socialtjänstlagen",
            "INGEN", "Inga planerade åtgärder",
            "LAMPLIG", "Lämplig",
            "EJ_LAMPLIG", "Inte lämplig");

    static String label(Object value) {
        String text = value == null ? "" : String.valueOf(value);
        return VALUE_LABELS.getOrDefault(text, text);
    }

    static List<StatementSection> all() {
        return Arrays.asList(values());
    }
}
