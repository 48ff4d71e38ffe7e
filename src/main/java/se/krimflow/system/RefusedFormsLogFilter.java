package se.krimflow.system;

import org.camunda.bpm.engine.impl.form.validator.FormFieldValidationException;
import org.slf4j.LoggerFactory;
import org.slf4j.Marker;
import org.springframework.beans.factory.DisposableBean;
import org.springframework.stereotype.Component;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.LoggerContext;
import ch.qos.logback.classic.turbo.TurboFilter;
import ch.qos.logback.core.spi.FilterReply;

/**
 * Refused values are an answer to the user (400 from the API, the message in Tasklist), not an
 * error of the system: the engine's ERROR line "ENGINE-16004 Exception while closing command
 * context" for a {@link FormFieldValidationException} is dropped. Every other engine error is kept.
 */
@Component
class RefusedFormsLogFilter extends TurboFilter implements DisposableBean {

    static final String ENGINE_CONTEXT_LOGGER = "org.camunda.bpm.engine.context";

    RefusedFormsLogFilter() {
        if (LoggerFactory.getILoggerFactory() instanceof LoggerContext logback) {
            logback.addTurboFilter(this);
            start();
        }
    }

    /** A closed application context leaves no filter behind in the JVM's one logging context. */
    @Override
    public void destroy() {
        if (LoggerFactory.getILoggerFactory() instanceof LoggerContext logback) {
            logback.getTurboFilterList().remove(this);
        }
        stop();
    }

    @Override
    public FilterReply decide(Marker marker, Logger logger, Level level, String format, Object[] params,
            Throwable t) {
        if (level != Level.ERROR || logger == null || !ENGINE_CONTEXT_LOGGER.equals(logger.getName())) {
            return FilterReply.NEUTRAL;
        }
        return refusal(t) || (params != null && params.length > 0 && refusal(params[params.length - 1]))
                ? FilterReply.DENY
                : FilterReply.NEUTRAL;
    }

    private static boolean refusal(Object thrown) {
        return thrown instanceof FormFieldValidationException;
    }
}
