package se.krimflow.statement;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Optional;
import java.util.function.Supplier;

import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.history.HistoricProcessInstance;
import org.camunda.bpm.engine.history.HistoricVariableInstance;
import org.camunda.bpm.engine.variable.value.FileValue;
import org.springframework.stereotype.Component;

import se.krimflow.system.WithoutAuthorizationCheck;

/**
 * The statements of a case, found by the case number (the business key every called
 * StatementWriting carries). The API's URL rules decide who may ask; these lookups then run
 * without the engine's per-user filter, because a krimteamet worker has no Cockpit rights on the
 * process and still must see whether the case has a statement.
 */
@Component
class StatementDocuments {

    record Pdf(String fileName, byte[] content) {
    }

    private final ProcessEngine engine;
    private final RuntimeService runtime;
    private final HistoryService history;

    StatementDocuments(ProcessEngine engine) {
        this.engine = engine;
        this.runtime = engine.getRuntimeService();
        this.history = engine.getHistoryService();
    }

    /** Whether a statement for the case is still being written. */
    boolean hasOpenStatement(String caseNumber) {
        return asProcess(() -> runtime.createProcessInstanceQuery()
                .processDefinitionKey(StatementWriting.KEY)
                .processInstanceBusinessKey(caseNumber)
                .count() > 0);
    }

    /** The newest statement PDF of the case, if one was made. */
    Optional<Pdf> latestPdf(String caseNumber) {
        return asProcess(() -> {
            for (HistoricProcessInstance instance : history.createHistoricProcessInstanceQuery()
                    .processDefinitionKey(StatementWriting.KEY)
                    .processInstanceBusinessKey(caseNumber)
                    .orderByProcessInstanceStartTime().desc()
                    .list()) {
                HistoricVariableInstance variable = history.createHistoricVariableInstanceQuery()
                        .processInstanceId(instance.getId())
                        .variableName(StatementWriting.VAR_PDF)
                        .disableCustomObjectDeserialization()
                        .singleResult();
                if (variable != null && variable.getTypedValue() instanceof FileValue file && file.getValue() != null) {
                    try (InputStream in = file.getValue()) {
                        return Optional.of(new Pdf(file.getFilename(), in.readAllBytes()));
                    } catch (IOException e) {
                        throw new UncheckedIOException(e);
                    }
                }
            }
            return Optional.<Pdf>empty();
        });
    }

    private <T> T asProcess(Supplier<T> work) {
        return WithoutAuthorizationCheck.call(engine, work);
    }
}
