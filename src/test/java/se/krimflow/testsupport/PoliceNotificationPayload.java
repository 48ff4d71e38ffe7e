package se.krimflow.testsupport;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;

/**
 * The police notification that opens a youth-crime case ({@code POST /api/cases}, or the start
 * variables of YouthCrimeCase), valid by default: a youth born 2010-05-20 with a made-up
 * personnummer, a fresh police reference, shoplifting with prison in the scale, not serious, no
 * caseworker, not arrested, interrogated on 2026-12-01 at 10:00 (+01:00). Change a field with
 * {@link #with(String, Object)}; {@link #toMap()} gives a fresh mutable map of the fields.
 */
public final class PoliceNotificationPayload {

    public static final LocalDate DEFAULT_BIRTH_DATE = LocalDate.of(2010, 5, 20);
    public static final String DEFAULT_INTERROGATION_AT = "2026-12-01T10:00:00+01:00";

    private final Map<String, Object> fields = new LinkedHashMap<>();

    private PoliceNotificationPayload() {
        fields.put("personnummer", TestPersonnummer.bornOn(DEFAULT_BIRTH_DATE));
        fields.put("youthName", "Förnamn Efternamn");
        fields.put("policeReference", freshPoliceReference());
        fields.put("offence", "Snatteri");
        fields.put("prisonInScale", true);
        fields.put("seriousOffence", false);
        fields.put("interrogationAt", DEFAULT_INTERROGATION_AT);
        fields.put("hasCaseworker", false);
        fields.put("arrested", false);
    }

    /** A valid notification with the defaults, a fresh personnummer and a fresh police reference. */
    public static PoliceNotificationPayload policeNotification() {
        return new PoliceNotificationPayload();
    }

    /** A police reference not used before, e.g. {@code 5000-K3f9a1c-26}. */
    public static String freshPoliceReference() {
        return "5000-K" + UUID.randomUUID().toString().substring(0, 6) + "-26";
    }

    /** Sets (or, with any value, replaces) one field, also to a value the server must refuse. */
    public PoliceNotificationPayload with(String field, Object value) {
        fields.put(field, value);
        return this;
    }

    /** A fresh made-up personnummer of a youth born on that day. */
    public PoliceNotificationPayload bornOn(LocalDate birthDate) {
        return with("personnummer", TestPersonnummer.bornOn(birthDate));
    }

    public Map<String, Object> toMap() {
        return new LinkedHashMap<>(fields);
    }
}
