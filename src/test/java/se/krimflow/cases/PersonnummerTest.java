package se.krimflow.cases;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class PersonnummerTest {

    static final LocalDate TODAY = LocalDate.of(2026, 11, 25);

    @Test
    void acceptsTwelveDigitsWithAndWithoutHyphenAndNormalisesWithoutHyphen() {
        assertThat(Personnummer.parse("200901012385", TODAY).digits()).isEqualTo("200901012385");
        assertThat(Personnummer.parse("20090101-2385", TODAY).digits()).isEqualTo("200901012385");
        assertThat(Personnummer.parse("20090101-2385", TODAY).birthDate()).isEqualTo(LocalDate.of(2009, 1, 1));
    }

    @Test
    void acceptsSamordningsnummerAndTakesTheBirthDateSixtyDaysBack() {
        Personnummer p = Personnummer.parse("200901612382", TODAY);
        assertThat(p.isCoordinationNumber()).isTrue();
        assertThat(p.birthDate()).isEqualTo(LocalDate.of(2009, 1, 1));
    }

    @ParameterizedTest
    @ValueSource(strings = { "0901012385", "090101-2385", "2009010123", "200901012386", "20090101+2385",
            "2009-01-01-2385", "20091301-2385", "20090231-2385", "20090192-2385", "abcdefghijkl", " " })
    void refusesTenDigitFormsWrongCheckDigitsAndImpossibleDates(String text) {
        assertThatThrownBy(() -> Personnummer.parse(text, TODAY))
                .isInstanceOf(Personnummer.InvalidPersonnummerException.class);
    }

    @Test
    void refusesABirthDateInTheFuture() {
        assertThatThrownBy(() -> Personnummer.parse("202612319992", TODAY))
                .hasMessageContaining("framtiden");
    }

    @Test
    void theMessageNeverRepeatsTheNumber() {
        assertThatThrownBy(() -> Personnummer.parse("200901012386", TODAY))
                .hasMessageNotContaining("200901012386").hasMessageNotContaining("2386");
        assertThat(Personnummer.parse("200901012385", TODAY).toString()).doesNotContain("2385");
    }

    @Test
    void isEighteenOnTheEighteenthBirthdayAndSeventeenTheDayBefore() {
        Personnummer p = Personnummer.parse("200901012385", TODAY);
        assertThat(p.ageOn(LocalDate.of(2027, 1, 1))).isEqualTo(18);
        assertThat(p.ageOn(LocalDate.of(2026, 12, 31))).isEqualTo(17);
    }

    @Test
    void samordningsnummerAgeCountsFromTheRealBirthDate() {
        Personnummer p = Personnummer.parse("200901612382", TODAY);
        assertThat(p.ageOn(LocalDate.of(2024, 1, 1))).isEqualTo(15);
        assertThat(p.ageOn(LocalDate.of(2023, 12, 31))).isEqualTo(14);
    }

    @Test
    void luhnOverTheLastTenDigits() {
        assertThat(Personnummer.luhnValid("0901012385")).isTrue();
        assertThat(Personnummer.luhnValid("0901012384")).isFalse();
    }
}
