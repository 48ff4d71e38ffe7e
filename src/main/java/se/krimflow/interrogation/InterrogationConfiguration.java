package se.krimflow.interrogation;

import java.util.Set;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import se.krimflow.system.KrimflowGroup;
import se.krimflow.system.ProcessAccess;

/** Beans of the attendance process: its deadline listener and who oversees it. */
@Configuration
class InterrogationConfiguration {

    @Bean(InterrogationAttendance.BEAN_DEADLINES)
    AttendanceDeadlines attendanceDeadlines() {
        return new AttendanceDeadlines();
    }

    /** Started only by YouthCrimeCase; the unit manager oversees it and may reassign its tasks. */
    @Bean
    ProcessAccess interrogationAttendanceAccess() {
        return new ProcessAccess(InterrogationAttendance.KEY, Set.of(),
                Set.of(KrimflowGroup.ID_KRIMTEAMET_CHEF), Set.of(KrimflowGroup.ID_KRIMTEAMET_CHEF));
    }
}
