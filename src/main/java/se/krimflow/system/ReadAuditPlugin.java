package se.krimflow.system;

import java.lang.ref.WeakReference;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.context.Context;
import org.camunda.bpm.engine.impl.db.DbEntity;
import org.camunda.bpm.engine.impl.db.entitymanager.cache.CachedDbEntity;
import org.camunda.bpm.engine.impl.db.entitymanager.cache.DbEntityState;
import org.camunda.bpm.engine.impl.history.event.HistoricDetailEventEntity;
import org.camunda.bpm.engine.impl.interceptor.Command;
import org.camunda.bpm.engine.impl.interceptor.CommandContext;
import org.camunda.bpm.engine.impl.interceptor.CommandContextListener;
import org.camunda.bpm.engine.impl.interceptor.CommandInterceptor;
import org.camunda.bpm.engine.impl.persistence.entity.HistoricVariableInstanceEntity;
import org.camunda.bpm.engine.impl.persistence.entity.VariableInstanceEntity;
import org.springframework.web.context.request.RequestAttributes;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;

/**
 * Every read of a case's variables in an engine command a user runs, whichever way it came
 * (/engine-rest, the webapps' API behind Tasklist and Cockpit, krimflow's /api), goes to the read
 * log: when the command closes, the variables and their history that the command loaded from the
 * database (its entity cache) are traced to their process instances, and each case number once
 * (the instance's business key; a called process carries the case number as its business key) is
 * logged with the user and what was asked (the request's method and path, never its query string,
 * which may carry values; never a value). In the command's own transaction. Commands without a user
 * (the job executor) are the engine's own work and are not reads.
 */
public class ReadAuditPlugin extends AbstractProcessEnginePlugin {

    private final ReadAudit audit;
    private final Listener listener = new Listener();
    private volatile boolean recording = true;

    public ReadAuditPlugin(ReadAudit audit) {
        this.audit = audit;
    }

    /** Off only in the benchmark that measures what the log costs (bench/run.sh readlog). */
    public void setRecording(boolean recording) {
        this.recording = recording;
    }

    @Override
    public void preInit(ProcessEngineConfigurationImpl configuration) {
        List<CommandInterceptor> interceptors = configuration.getCustomPostCommandInterceptorsTxRequired();
        if (interceptors == null) {
            interceptors = new ArrayList<>();
            configuration.setCustomPostCommandInterceptorsTxRequired(interceptors);
        }
        interceptors.add(new Registering());
        List<CommandInterceptor> requiresNew = configuration.getCustomPostCommandInterceptorsTxRequiresNew();
        if (requiresNew == null) {
            requiresNew = new ArrayList<>();
            configuration.setCustomPostCommandInterceptorsTxRequiresNew(requiresNew);
        }
        requiresNew.add(new Registering());
    }

    /**
     * Registers the listener once on each command context a user's command runs in. A context runs
     * its nested commands on its own thread, so the thread remembers the last context it registered
     * on (weakly: a closed context and its entity cache are not kept alive by this).
     */
    private final class Registering extends CommandInterceptor {
        private final ThreadLocal<WeakReference<CommandContext>> registeredOn = new ThreadLocal<>();

        @Override
        public <T> T execute(Command<T> command) {
            CommandContext context = Context.getCommandContext();
            if (recording && context != null && context.getAuthenticatedUserId() != null) {
                WeakReference<CommandContext> last = registeredOn.get();
                if (last == null || last.get() != context) {
                    registeredOn.set(new WeakReference<>(context));
                    context.registerCommandContextListener(listener);
                }
            }
            return next.execute(command);
        }
    }

    private final class Listener implements CommandContextListener {

        @Override
        public void onCommandContextClose(CommandContext context) {
            String user = context.getAuthenticatedUserId();
            if (user == null) {
                return;
            }
            Set<String> instances = new LinkedHashSet<>();
            Set<String> kinds = new TreeSet<>();
            for (CachedDbEntity cached : context.getDbEntityManager().getDbEntityCache().getCachedEntities()) {
                if (cached.getEntityState() != DbEntityState.PERSISTENT && cached.getEntityState() != DbEntityState.MERGED) {
                    continue; // created or deleted by this command, not read
                }
                DbEntity entity = cached.getEntity();
                if (entity instanceof VariableInstanceEntity v && v.getProcessInstanceId() != null) {
                    instances.add(v.getProcessInstanceId());
                    kinds.add("variabler");
                } else if (entity instanceof HistoricVariableInstanceEntity h && h.getProcessInstanceId() != null) {
                    instances.add(h.getProcessInstanceId());
                    kinds.add("variabler i historiken");
                } else if (entity instanceof HistoricDetailEventEntity d && d.getProcessInstanceId() != null) {
                    instances.add(d.getProcessInstanceId());
                    kinds.add("variablernas ändringar i historiken");
                }
            }
            if (instances.isEmpty()) {
                return;
            }
            Map<String, String> caseNumbers = audit.caseNumbersOf(instances);
            Set<String> cases = new TreeSet<>(caseNumbers.values());
            if (!cases.isEmpty()) {
                audit.record(user, cases, String.join(", ", kinds) + request());
            }
        }

        @Override
        public void onCommandFailed(CommandContext context, Throwable t) {
            // A failed command's transaction rolls back; what it read was not handed out.
        }
    }

    /** " via GET /engine-rest/task/…/form-variables", without the query string. */
    private static String request() {
        RequestAttributes attributes = RequestContextHolder.getRequestAttributes();
        if (attributes instanceof ServletRequestAttributes servlet) {
            return " via " + servlet.getRequest().getMethod() + " " + servlet.getRequest().getRequestURI();
        }
        return "";
    }
}
