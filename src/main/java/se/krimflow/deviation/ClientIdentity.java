package se.krimflow.deviation;

import java.util.regex.Pattern;

/**
 * Deviations are about how the work went, not about whom: free text must not carry a
 * personnummer. Anything that looks like one (10 or 12 digits, optionally with a hyphen or plus
 * before the last four) is refused, whether or not its check digit is right.
 */
final class ClientIdentity {

    private static final Pattern PERSONNUMMER_LIKE =
            Pattern.compile("(?<![0-9])(?:[0-9]{6}|[0-9]{8})[-+]?[0-9]{4}(?![0-9])");

    static final String MESSAGE = "Skriv inga personnummer: avvikelser får inte innehålla uppgifter som identifierar klienter.";

    static boolean looksLikePersonnummer(Object text) {
        return text instanceof String s && PERSONNUMMER_LIKE.matcher(s).find();
    }

    private ClientIdentity() {
    }
}
