package se.krimflow.mediation;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

import se.krimflow.system.KrimflowGroup;
import se.krimflow.system.ProcessAccess;

class MediationAccessTest {

    final MediationAccess access = new MediationAccess();

    @Test
    void unitManagerOverseesTheMediationButNotTheVictimsRecord() {
        ProcessAccess mediation = access.mediationOfferAccess();
        ProcessAccess victim = access.mediationVictimRecordAccess();

        assertThat(mediation.processKey()).isEqualTo(MediationOffer.KEY);
        assertThat(mediation.overseers()).containsExactly(KrimflowGroup.ID_KRIMTEAMET_CHEF);
        assertThat(victim.processKey()).isEqualTo(MediationVictimRecord.KEY);
        assertThat(victim.overseers()).containsExactly(KrimflowGroup.ID_MOBILA_TEAMET);
        assertThat(victim.taskManagers()).containsExactly(KrimflowGroup.ID_MOBILA_TEAMET);
    }

    @Test
    void nobodyStartsEitherProcessByHand() {
        assertThat(access.mediationOfferAccess().starters()).isEmpty();
        assertThat(access.mediationVictimRecordAccess().starters()).isEmpty();
    }
}
