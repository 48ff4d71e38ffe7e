package se.krimflow.cases;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.Period;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A Swedish personnummer or samordningsnummer in its 12-digit form ({@code YYYYMMDDNNNN}, a hyphen
 * after the date allowed). The 10-digit forms are refused: their century is ambiguous. Plain Java;
 * {@link #toString()} never reveals the number, so it cannot end up in a log by accident.
 */
public final class Personnummer {

    private static final Pattern FORM = Pattern.compile("(\\d{4})(\\d{2})(\\d{2})-?(\\d{4})");
    private static final int COORDINATION_OFFSET = 60;

    private final String digits;
    private final LocalDate birthDate;
    private final boolean coordinationNumber;

    private Personnummer(String digits, LocalDate birthDate, boolean coordinationNumber) {
        this.digits = digits;
        this.birthDate = birthDate;
        this.coordinationNumber = coordinationNumber;
    }

    /**
     * Parses and checks a number; {@code today} is the date after which no one can be born.
     *
     * @throws InvalidPersonnummerException with a Swedish message free of the number itself
     */
    public static Personnummer parse(String text, LocalDate today) {
        if (text == null || text.isBlank()) {
            throw new InvalidPersonnummerException("Ange personnummer.");
        }
        Matcher m = FORM.matcher(text.trim());
        if (!m.matches()) {
            throw new InvalidPersonnummerException(
                    "Ange personnumret med 12 siffror, ÅÅÅÅMMDDNNNN eller ÅÅÅÅMMDD-NNNN.");
        }
        int year = Integer.parseInt(m.group(1));
        int month = Integer.parseInt(m.group(2));
        int day = Integer.parseInt(m.group(3));
        boolean coordination = day > COORDINATION_OFFSET;
        LocalDate birth;
        try {
            birth = LocalDate.of(year, month, coordination ? day - COORDINATION_OFFSET : day);
        } catch (DateTimeException e) {
            throw new InvalidPersonnummerException("Personnumret innehåller inget giltigt födelsedatum.");
        }
        if (birth.isAfter(today)) {
            throw new InvalidPersonnummerException("Personnumrets födelsedatum ligger i framtiden.");
        }
        String digits = m.group(1) + m.group(2) + m.group(3) + m.group(4);
        if (!luhnValid(digits.substring(2))) {
            throw new InvalidPersonnummerException("Personnumrets kontrollsiffra stämmer inte.");
        }
        return new Personnummer(digits, birth, coordination);
    }

    /** Luhn over the ten digits YYMMDDNNNN: weights 2,1,2,1,...; the digit sum must end in 0. */
    static boolean luhnValid(String tenDigits) {
        int sum = 0;
        for (int i = 0; i < tenDigits.length(); i++) {
            int product = (tenDigits.charAt(i) - '0') * (i % 2 == 0 ? 2 : 1);
            sum += product > 9 ? product - 9 : product;
        }
        return sum % 10 == 0;
    }

    /** The twelve digits without hyphen: the form stored in the case. */
    public String digits() {
        return digits;
    }

    /** The birth date (for a samordningsnummer: the day minus 60). */
    public LocalDate birthDate() {
        return birthDate;
    }

    public boolean isCoordinationNumber() {
        return coordinationNumber;
    }

    /** Whole years on {@code date}: 18 on the 18th birthday (a 29 February birthday counts from 1 March). */
    public int ageOn(LocalDate date) {
        return Period.between(birthDate, date).getYears();
    }

    @Override
    public String toString() {
        return "Personnummer[dolt]";
    }

    /** A number that is not a valid 12-digit personnummer; the message is Swedish. */
    public static final class InvalidPersonnummerException extends IllegalArgumentException {
        InvalidPersonnummerException(String message) {
            super(message);
        }
    }
}
