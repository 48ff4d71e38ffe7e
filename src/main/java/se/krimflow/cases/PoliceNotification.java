package se.krimflow.cases;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.Date;
import java.util.LinkedHashMap;
import java.util.Map;

import se.krimflow.deadline.EngineClock;

/**
 * A checked police notification (underrättelse), normalised: the personnummer without hyphen, the
 * interrogation as an instant with offset. Its {@code toString()} holds no personal data.
 */
record PoliceNotification(Personnummer personnummer, String youthName, String policeReference,
        String offence, boolean prisonInScale, boolean seriousOffence, boolean hasCaseworker, boolean arrested,
        OffsetDateTime interrogationAt, LocalDate suspicionNotifiedOn) {

    /** Whole years on the calendar date of the interrogation in Europe/Stockholm. */
    public int ageAtInterrogation() {
        return personnummer.ageOn(interrogationAt.atZoneSameInstant(EngineClock.ZONE).toLocalDate());
    }

    /** The process variables of docs/process-interfaces.md set at intake (not the case number). */
    public Map<String, Object> variables() {
        Map<String, Object> v = new LinkedHashMap<>();
        v.put(YouthCrimeCase.VAR_PERSONNUMMER, personnummer.digits());
        v.put(YouthCrimeCase.VAR_YOUTH_NAME, youthName);
        v.put(YouthCrimeCase.VAR_POLICE_REFERENCE, policeReference);
        v.put(YouthCrimeCase.VAR_OFFENCE, offence);
        v.put(YouthCrimeCase.VAR_PRISON_IN_SCALE, prisonInScale);
        v.put(YouthCrimeCase.VAR_SERIOUS_OFFENCE, seriousOffence);
        v.put(YouthCrimeCase.VAR_HAS_CASEWORKER, hasCaseworker);
        v.put(YouthCrimeCase.VAR_ARRESTED, arrested);
        v.put(YouthCrimeCase.VAR_INTERROGATION_AT, Date.from(interrogationAt.toInstant()));
        v.put(YouthCrimeCase.VAR_AGE_AT_INTERROGATION, ageAtInterrogation());
        v.put(YouthCrimeCase.VAR_SUSPICION_NOTIFIED_AT, CaseLife.startOfDay(suspicionNotifiedOn));
        v.put(YouthCrimeCase.VAR_SIX_WEEK_LIMIT_AT, CaseLife.sixWeekLimit(suspicionNotifiedOn));
        return v;
    }

    @Override
    public String toString() {
        return "PoliceNotification[personal data hidden]";
    }
}
