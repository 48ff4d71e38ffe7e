package se.krimflow.system;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.camunda.bpm.engine.ProcessEngineException;
import org.camunda.bpm.engine.impl.form.validator.FormFieldValidationException;
import org.junit.jupiter.api.Test;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.LoggerContext;
import ch.qos.logback.core.spi.FilterReply;

class RefusedFormsLogFilterTest {

    final RefusedFormsLogFilter filter = new RefusedFormsLogFilter();
    final Logger engineContext = new LoggerContext().getLogger(RefusedFormsLogFilter.ENGINE_CONTEXT_LOGGER);
    final FormFieldValidationException refused = new FormFieldValidationException(List.of(), "Formuläret sparades inte.");

    @Test
    void theEnginesErrorLineForRefusedValuesIsDropped() {
        assertThat(filter.decide(null, engineContext, Level.ERROR, "ENGINE-16004 {}", new Object[] { refused }, null))
                .isEqualTo(FilterReply.DENY);
        assertThat(filter.decide(null, engineContext, Level.ERROR, "ENGINE-16004", null, refused))
                .isEqualTo(FilterReply.DENY);
    }

    @Test
    void everyOtherEngineErrorAndOtherLoggersAreKept() {
        ProcessEngineException other = new ProcessEngineException("database down");
        assertThat(filter.decide(null, engineContext, Level.ERROR, "ENGINE-16004 {}", new Object[] { other }, null))
                .isEqualTo(FilterReply.NEUTRAL);
        Logger elsewhere = new LoggerContext().getLogger("se.krimflow.cases");
        assertThat(filter.decide(null, elsewhere, Level.ERROR, "x {}", new Object[] { refused }, null))
                .isEqualTo(FilterReply.NEUTRAL);
        assertThat(filter.decide(null, engineContext, Level.WARN, "x {}", new Object[] { refused }, null))
                .isEqualTo(FilterReply.NEUTRAL);
    }
}
