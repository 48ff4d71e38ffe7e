package se.krimflow.system;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.slf4j.LoggerFactory;

import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.read.ListAppender;

class ApiProblemsTest {

    final ListAppender<ILoggingEvent> logged = new ListAppender<>();
    final Logger logger = (Logger) LoggerFactory.getLogger(ApiProblems.class);

    @BeforeEach
    void capture() {
        logged.start();
        logger.addAppender(logged);
    }

    @AfterEach
    void release() {
        logger.detachAppender(logged);
    }

    @Test
    void unexpectedErrorsAreLoggedWithoutTheirMessagesAndAnsweredWithoutDetails() {
        Exception e = new IllegalStateException("could not save 200901012385 Förnamn Efternamn",
                new RuntimeException("duplicate key (personnummer)=(200901012385)"));

        var answer = new ApiProblems().unexpected(e);

        assertThat(answer.getStatusCode().value()).isEqualTo(500);
        assertThat(answer.getBody().getDetail()).doesNotContain("200901012385");
        assertThat(logged.list).hasSize(1);
        ILoggingEvent event = logged.list.get(0);
        assertThat(event.getThrowableProxy()).as("no throwable: its message would be printed").isNull();
        String text = event.getFormattedMessage();
        assertThat(text).contains("java.lang.IllegalStateException", "Caused by: java.lang.RuntimeException",
                "at se.krimflow.system.ApiProblemsTest");
        assertThat(text).doesNotContain("200901012385", "Förnamn", "personnummer");
    }
}
