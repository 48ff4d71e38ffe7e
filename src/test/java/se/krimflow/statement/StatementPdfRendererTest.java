package se.krimflow.statement;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.Map;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;

/** The printed statement: PDF text extracted with PDFBox holds every required section and the facts. */
class StatementPdfRendererTest {

    static Map<String, Object> draft(String sections) {
        Map<String, Object> v = new HashMap<>();
        v.put(StatementWriting.VAR_CASE_NUMBER, "UNG-2026-000123");
        v.put(StatementWriting.VAR_YOUTH_NAME, "Åsa Örnsköld-Ängström");
        v.put(StatementWriting.VAR_PERSONNUMMER, "200901012385");
        v.put(StatementWriting.VAR_REQUESTED_BY, "AKLAGARE");
        v.put(StatementWriting.VAR_REQUIRED_SECTIONS, sections);
        v.put(StatementWriting.VAR_EARLIER_MEASURES, "Samtal med familjen hösten 2026.");
        v.put(StatementWriting.VAR_PLANNED_KIND, "UNGDOMSVARD");
        v.put(StatementWriting.VAR_PLANNED_EXTENT, "2 samtal i veckan");
        v.put(StatementWriting.VAR_PLANNED_LENGTH, "6 månader");
        v.put(StatementWriting.VAR_PLANNED_MEASURES, "Samtal på Maria Nordväst.");
        v.put(StatementWriting.VAR_PERSONAL_CIRCUMSTANCES, "Bor med mamma, går i årskurs 9.");
        v.put(StatementWriting.VAR_YOUTH_CONTRACT, "Kontrakt om skolgång och fritid.");
        v.put(StatementWriting.VAR_CARE_PLAN, "Vårdplan enligt LVU.");
        v.put(StatementWriting.VAR_YOUTH_SERVICE_SUITABLE, "LAMPLIG");
        v.put(StatementWriting.VAR_YOUTH_SERVICE_ASSESSMENT, "Motiverad & pålitlig <bedömning>.");
        v.put(StatementWriting.VAR_MEDIATION_OFFERED, true);
        v.put(StatementWriting.VAR_MEDIATION_OUTCOME, "GENOMFORD_MED_AVTAL");
        v.put(StatementWriting.VAR_MEDIATION_TEXT, "Den unge tackade ja till medling.");
        return v;
    }

    static String text(byte[] pdf) throws Exception {
        try (PDDocument document = Loader.loadPDF(pdf)) {
            return new PDFTextStripper().getText(document);
        }
    }

    @Test
    void aMediationStillRunningIsSaidToBeRunningNotUnknown() throws Exception {
        Map<String, Object> values = new HashMap<>(draft("MEDLING"));
        values.remove(StatementWriting.VAR_MEDIATION_OFFERED);
        values.remove(StatementWriting.VAR_MEDIATION_OUTCOME);
        values.put(StatementWriting.VAR_MEDIATION_RUNNING, true);

        String text = text(new StatementPdfRenderer().render(StatementDocument.from(values, "Kommunen", "Kim", "Karin",
                LocalDate.of(2026, 12, 10))));

        assertThat(text).contains("Medling erbjuden: Erbjudandet pågår", "Medlingen pågår.").doesNotContain("Uppgift saknas");
    }

    @Test
    void pdfHoldsHeadingCaseYouthEverySectionWriterDeciderAndDate() throws Exception {
        String all = "TIDIGARE_ATGARDER,PLANERADE_ATGARDER,PERSONLIGA_FORHALLANDEN,UNGDOMSKONTRAKT,"
                + "LAMPLIGHET_UNGDOMSTJANST,MEDLING";
        StatementDocument document = StatementDocument.from(draft(all), "Helsingborgs stad, Socialförvaltningen",
                "Kim Krimteamet", "Karin Chef", LocalDate.of(2026, 12, 10));

        byte[] pdf = new StatementPdfRenderer().render(document);

        assertThat(new String(pdf, 0, 5)).isEqualTo("%PDF-");
        String text = text(pdf);
        assertThat(text).contains("Helsingborgs stad, Socialförvaltningen", "Yttrande enligt 11 § LUL",
                "UNG-2026-000123", "Åsa Örnsköld-Ängström", "20090101-2385", "Åklagaren",
                "Kim Krimteamet", "Karin Chef", "2026-12-10");
        for (StatementSection s : StatementSection.parse(all)) {
            assertThat(text).contains(s.heading());
        }
        assertThat(text).contains("Samtal med familjen hösten 2026.", "Art: Ungdomsvård", "Omfattning: 2 samtal i veckan",
                "Varaktighet: 6 månader", "Bor med mamma", "Kontrakt om skolgång", "Bedömning: Lämplig",
                "Motiverad & pålitlig <bedömning>.", "Medling erbjuden: Ja", "tackade ja till medling",
                "Utfall: Medling genomförd, avtal träffat och fullföljt");
        assertThat(text).doesNotContain("GENOMFORD_MED_AVTAL");
    }

    @Test
    void pdfLeavesOutSectionsThatAreNotRequired() throws Exception {
        StatementDocument document = StatementDocument.from(draft("TIDIGARE_ATGARDER,PLANERADE_ATGARDER,VARDPLAN"),
                "Kommunen", "A", "B", LocalDate.of(2026, 12, 10));

        String text = text(new StatementPdfRenderer().render(document));

        assertThat(text).contains("Vidtagna åtgärder", "Planerade åtgärder", "Vårdplan enligt LVU.");
        assertThat(text).doesNotContain("Ungdomskontrakt", "Medling", "Lämplighet för ungdomstjänst",
                "Personlig utveckling");
    }
}
