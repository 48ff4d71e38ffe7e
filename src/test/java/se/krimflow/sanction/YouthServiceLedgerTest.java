package se.krimflow.sanction;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class YouthServiceLedgerTest {

    final YouthServiceLedger ledger = new YouthServiceLedger();

    @Test
    void presentSessionAddsHoursAndNeedsNoDecision() {
        var account = ledger.record(40, 10, 1, new YouthServiceLedger.Registration("PASS", true, 6, false, false, false));
        assertThat(account.hoursDone()).isEqualTo(16);
        assertThat(account.hoursRemaining()).isEqualTo(24);
        assertThat(account.unexcusedAbsences()).isEqualTo(1);
        assertThat(account.nonComplianceCheck()).isFalse();
    }

    @Test
    void onlyUnexcusedAbsencesCountButEveryAbsenceIsAssessed() {
        var unexcused = ledger.record(40, 10, 1, new YouthServiceLedger.Registration("PASS", false, 0, false, false, false));
        assertThat(unexcused.unexcusedAbsences()).isEqualTo(2);
        assertThat(unexcused.nonComplianceCheck()).isTrue();
        var excused = ledger.record(40, 10, 1, new YouthServiceLedger.Registration("PASS", false, 0, true, false, false));
        assertThat(excused.unexcusedAbsences()).isEqualTo(1);
        assertThat(excused.nonComplianceCheck()).isTrue();
        assertThat(excused.hoursDone()).isEqualTo(10);
    }

    @Test
    void eventsCarryTheirFlagsAndMovingEndsTheService() {
        var event = ledger.record(40, 10, 0, new YouthServiceLedger.Registration("HANDELSE", false, 0, false, true, false));
        assertThat(event.refusesToContinue()).isTrue();
        assertThat(event.nonComplianceCheck()).isTrue();
        var moved = ledger.record(40, 10, 0, new YouthServiceLedger.Registration("FLYTTAD", false, 0, false, false, false));
        assertThat(moved.moved()).isTrue();
        assertThat(moved.nonComplianceCheck()).isFalse();
    }

    @Test
    void hoursNeverExceedTheOrder() {
        var account = ledger.record(20, 18, 0, new YouthServiceLedger.Registration("PASS", true, 5, false, false, false));
        assertThat(account.hoursDone()).isEqualTo(20);
        assertThat(account.hoursRemaining()).isZero();
    }
}
