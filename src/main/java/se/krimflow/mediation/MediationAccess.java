package se.krimflow.mediation;

import java.util.Set;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import se.krimflow.system.KrimflowGroup;
import se.krimflow.system.ProcessAccess;

/**
 * Who may see what of the mediation. Both processes are started only by the engine (a call
 * activity), so no group starts them. Krimteamet works its own tasks through the candidate group;
 * the unit manager oversees the mediation in Cockpit but NOT the victim's record, which only Mobila
 * teamet reads (brottsofferstöd is left out: the victim's consent to victim support is a separate
 * matter, least privilege).
 */
@Configuration
class MediationAccess {

    @Bean
    ProcessAccess mediationOfferAccess() {
        return new ProcessAccess(MediationOffer.KEY, Set.of(),
                Set.of(KrimflowGroup.ID_KRIMTEAMET_CHEF),
                Set.of(KrimflowGroup.ID_KRIMTEAMET_CHEF));
    }

    @Bean
    ProcessAccess mediationVictimRecordAccess() {
        return new ProcessAccess(MediationVictimRecord.KEY, Set.of(),
                Set.of(KrimflowGroup.ID_MOBILA_TEAMET),
                Set.of(KrimflowGroup.ID_MOBILA_TEAMET));
    }
}
