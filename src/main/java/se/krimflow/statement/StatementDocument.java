package se.krimflow.statement;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import se.krimflow.cases.CaseCodes.MediationOutcome;

/**
 * What the printed statement says, taken from the process's variables: heading, case, youth,
 * every required section, writer, deciding manager and date. Plain Java, no engine.
 */
record StatementDocument(String municipality, String caseNumber, String youthName, String personnummer,
        String requestedBy, List<Section> sections, String writer, String decidedBy, LocalDate date) {

    record Section(String heading, List<String> paragraphs) {
    }

    static final Map<String, String> REQUESTER_LABELS = Map.of(StatementWriting.REQUESTED_BY_PROSECUTOR, "Åklagaren",
            StatementWriting.REQUESTED_BY_POLICE, "Polisen", StatementWriting.REQUESTED_BY_COURT, "Tingsrätten");

    static StatementDocument from(Map<String, Object> v, String municipality, String writer, String decidedBy,
            LocalDate date) {
        List<Section> sections = new ArrayList<>();
        for (StatementSection s : StatementSection.parse(v.get(StatementWriting.VAR_REQUIRED_SECTIONS))) {
            sections.add(new Section(s.heading(), paragraphs(s, v)));
        }
        String requester = text(v.get(StatementWriting.VAR_REQUESTED_BY));
        return new StatementDocument(municipality, text(v.get(StatementWriting.VAR_CASE_NUMBER)),
                text(v.get(StatementWriting.VAR_YOUTH_NAME)), formatPersonnummer(text(v.get(StatementWriting.VAR_PERSONNUMMER))),
                REQUESTER_LABELS.getOrDefault(requester, requester), sections, writer, decidedBy, date);
    }

    private static List<String> paragraphs(StatementSection section, Map<String, Object> v) {
        List<String> p = new ArrayList<>();
        switch (section) {
            case PLANERADE_ATGARDER -> {
                p.add("Art: " + StatementSection.label(v.get(StatementWriting.VAR_PLANNED_KIND)));
                p.add("Omfattning: " + text(v.get(StatementWriting.VAR_PLANNED_EXTENT)));
                p.add("Varaktighet: " + text(v.get(StatementWriting.VAR_PLANNED_LENGTH)));
                p.add(text(v.get(StatementWriting.VAR_PLANNED_MEASURES)));
            }
            case LAMPLIGHET_UNGDOMSTJANST -> {
                p.add("Bedömning: " + StatementSection.label(v.get(StatementWriting.VAR_YOUTH_SERVICE_SUITABLE)));
                p.add(text(v.get(StatementWriting.VAR_YOUTH_SERVICE_ASSESSMENT)));
            }
            case MEDLING -> {
                Object offered = v.get(StatementWriting.VAR_MEDIATION_OFFERED);
                Object outcome = v.get(StatementWriting.VAR_MEDIATION_OUTCOME);
                boolean running = Boolean.TRUE.equals(v.get(StatementWriting.VAR_MEDIATION_RUNNING)) && outcome == null;
                p.add("Medling erbjuden: " + (Boolean.TRUE.equals(offered) ? "Ja"
                        : running ? "Erbjudandet pågår" : offered == null ? "Uppgift saknas" : "Nej"));
                if (running) {
                    p.add("Medlingen pågår.");
                } else if (outcome != null) {
                    p.add("Utfall: " + MediationOutcome.labelOf(outcome));
                }
                p.add(text(v.get(StatementWriting.VAR_MEDIATION_TEXT)));
            }
            default -> section.fields().forEach(f -> p.add(text(v.get(f))));
        }
        p.removeIf(String::isBlank);
        return p;
    }

    static String formatPersonnummer(String digits) {
        return digits.matches("\\d{12}") ? digits.substring(0, 8) + "-" + digits.substring(8) : digits;
    }

    private static String text(Object value) {
        return value == null ? "" : String.valueOf(value).strip();
    }
}
