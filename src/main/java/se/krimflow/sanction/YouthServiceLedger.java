package se.krimflow.sanction;

/**
 * The running account of one youth-service order: hours done against hours ordered and unexcused
 * absences. Plain Java, no engine: {@link RecordSessionDelegate} feeds it one registration at a time.
 */
final class YouthServiceLedger {

    /** What the coordinator registered in the form {@code RegisterYouthServiceSession}. */
    record Registration(String type, boolean present, int hours, boolean excused, boolean refusesToContinue,
            boolean newOffenceSuspected) {
    }

    /** The account after a registration, and what the process does next. */
    record Account(int hoursDone, int hoursRemaining, int unexcusedAbsences, boolean refusesToContinue,
            boolean newOffenceSuspected, boolean nonComplianceCheck, boolean moved) {
    }

    Account record(int hoursOrdered, int hoursDone, int unexcusedAbsences, Registration r) {
        int done = hoursDone;
        int absences = unexcusedAbsences;
        boolean refuses = false;
        boolean newOffence = false;
        boolean check = false;
        boolean moved = false;
        switch (r.type()) {
            case SanctionFollowUp.REGISTRATION_SESSION -> {
                if (r.present()) {
                    done = Math.min(hoursOrdered, hoursDone + Math.max(0, r.hours()));
                } else {
                    check = true;
                    if (!r.excused()) {
                        absences++;
                    }
                }
            }
            case SanctionFollowUp.REGISTRATION_EVENT -> {
                refuses = r.refusesToContinue();
                newOffence = r.newOffenceSuspected();
                check = true;
            }
            case SanctionFollowUp.REGISTRATION_MOVED -> moved = true;
            default -> throw new IllegalArgumentException("Unknown registration type");
        }
        return new Account(done, Math.max(0, hoursOrdered - done), absences, refuses, newOffence, check, moved);
    }
}
