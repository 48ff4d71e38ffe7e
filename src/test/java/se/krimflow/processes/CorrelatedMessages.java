package se.krimflow.processes;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.function.Supplier;
import java.util.stream.Stream;

import org.objectweb.asm.ClassReader;
import org.objectweb.asm.Handle;
import org.objectweb.asm.Opcodes;
import org.objectweb.asm.Type;
import org.objectweb.asm.tree.AbstractInsnNode;
import org.objectweb.asm.tree.ClassNode;
import org.objectweb.asm.tree.InvokeDynamicInsnNode;
import org.objectweb.asm.tree.LdcInsnNode;
import org.objectweb.asm.tree.MethodInsnNode;
import org.objectweb.asm.tree.MethodNode;
import org.objectweb.asm.tree.VarInsnNode;
import org.objectweb.asm.tree.analysis.Analyzer;
import org.objectweb.asm.tree.analysis.AnalyzerException;
import org.objectweb.asm.tree.analysis.Frame;
import org.objectweb.asm.tree.analysis.SourceValue;
import org.objectweb.asm.tree.analysis.SourceInterpreter;

import se.krimflow.KrimflowApplication;

/**
 * The message names the application's code correlates, read from its compiled classes: every
 * constant that reaches the message-name argument of the engine's correlation calls
 * ({@code RuntimeService.createMessageCorrelation}, {@code correlateMessage},
 * {@code startProcessInstanceByMessage*}), directly or through krimflow methods that pass a parameter
 * on (e.g. {@code OpenCases.correlate} → {@code deliver} → {@code createMessageCorrelation}, lambdas
 * included). A {@code MESSAGE_} constant that no call passes counts for nothing; the compiler copies
 * constants into their callers, so the class files say which constant went where.
 */
final class CorrelatedMessages {

    private static final String RUNTIME_SERVICE = "org/camunda/bpm/engine/RuntimeService";
    private static final Set<String> ENGINE_CALLS_TAKING_A_MESSAGE_NAME = Set.of("createMessageCorrelation",
            "correlateMessage", "startProcessInstanceByMessage", "startProcessInstanceByMessageAndProcessDefinitionId");

    /** Message name → where the code passes it (class.method). */
    private final Map<String, Set<String>> names = new TreeMap<>();
    /** Correlation calls whose message name is neither a constant nor a parameter passed on. */
    private final List<String> unresolved = new ArrayList<>();

    private CorrelatedMessages() {
    }

    private static final Supplier<CorrelatedMessages> APPLICATION =
            ModelRules.memo(CorrelatedMessages::readApplication);

    /** The correlations of the application's main classes (read once). */
    static CorrelatedMessages inApplication() {
        return APPLICATION.get();
    }

    private static CorrelatedMessages readApplication() {
        try {
            Path classes = Path.of(KrimflowApplication.class.getProtectionDomain().getCodeSource().getLocation().toURI());
            return in(classes);
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }

    /** The correlations of every class below {@code classes}. */
    static CorrelatedMessages in(Path classes) {
        List<ClassNode> nodes = new ArrayList<>();
        try (Stream<Path> files = Files.walk(classes)) {
            for (Path file : files.filter(f -> f.toString().endsWith(".class")).toList()) {
                try (InputStream in = Files.newInputStream(file)) {
                    ClassNode node = new ClassNode();
                    new ClassReader(in).accept(node, ClassReader.SKIP_FRAMES);
                    nodes.add(node);
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        CorrelatedMessages found = new CorrelatedMessages();
        found.analyse(nodes);
        return found;
    }

    Set<String> names() {
        return names.keySet();
    }

    Map<String, Set<String>> byName() {
        return names;
    }

    List<String> unresolved() {
        return unresolved;
    }

    /** Methods (owner.name+desc) that pass one of their parameters on as a message name → that parameter's index. */
    private final Map<String, Set<Integer>> forwarding = new HashMap<>();

    private void analyse(List<ClassNode> nodes) {
        Map<MethodNode, Frame<SourceValue>[]> frames = new HashMap<>();
        Map<MethodNode, ClassNode> owners = new HashMap<>();
        for (ClassNode node : nodes) {
            for (MethodNode method : node.methods) {
                try {
                    frames.put(method, new Analyzer<>(new SourceInterpreter()).analyze(node.name, method));
                    owners.put(method, node);
                } catch (AnalyzerException e) {
                    throw new IllegalStateException("Cannot analyse " + node.name + "." + method.name, e);
                }
            }
        }
        // Until no method is newly found to pass a parameter on as a message name.
        boolean grown = true;
        while (grown) {
            grown = false;
            names.clear();
            unresolved.clear();
            for (Map.Entry<MethodNode, Frame<SourceValue>[]> entry : frames.entrySet()) {
                grown |= scan(owners.get(entry.getKey()), entry.getKey(), entry.getValue());
            }
        }
    }

    /** Records the message names {@code method} passes; true when it newly turns out to forward a parameter. */
    private boolean scan(ClassNode owner, MethodNode method, Frame<SourceValue>[] frames) {
        boolean grown = false;
        String where = owner.name.replace('/', '.') + "." + method.name;
        AbstractInsnNode[] insns = method.instructions.toArray();
        for (int i = 0; i < insns.length; i++) {
            Frame<SourceValue> frame = frames[i];
            if (frame == null) {
                continue;
            }
            for (int[] argument : messageArguments(insns[i])) {
                int argumentCount = argument[0];
                SourceValue value = frame.getStack(frame.getStackSize() - argumentCount + argument[1]);
                for (AbstractInsnNode source : value.insns) {
                    if (source instanceof LdcInsnNode ldc && ldc.cst instanceof String name) {
                        names.computeIfAbsent(name, n -> new TreeSet<>()).add(where);
                    } else if (source instanceof VarInsnNode load && load.getOpcode() == Opcodes.ALOAD
                            && isParameter(method, load.var) && frames[method.instructions.indexOf(load)]
                                    .getLocal(load.var).insns.isEmpty()) {
                        grown |= forwarding.computeIfAbsent(key(owner.name, method.name, method.desc), k -> new TreeSet<>())
                                .add(parameterIndex(method, load.var));
                    } else {
                        unresolved.add(where + " (instruction " + i + ")");
                    }
                }
                if (value.insns.isEmpty()) {
                    unresolved.add(where + " (instruction " + i + ")");
                }
            }
        }
        return grown;
    }

    /**
     * For a call that takes a message name: {argument count (without the receiver), index of the
     * message-name argument}, once per such argument.
     */
    private List<int[]> messageArguments(AbstractInsnNode insn) {
        List<int[]> found = new ArrayList<>();
        if (insn instanceof MethodInsnNode call) {
            int count = Type.getArgumentTypes(call.desc).length;
            if (RUNTIME_SERVICE.equals(call.owner) && ENGINE_CALLS_TAKING_A_MESSAGE_NAME.contains(call.name)
                    && count > 0 && Type.getArgumentTypes(call.desc)[0].equals(Type.getType(String.class))) {
                found.add(new int[] { count, 0 });
            }
            for (int index : forwarding.getOrDefault(key(call.owner, call.name, call.desc), Set.of())) {
                found.add(new int[] { count, index });
            }
        } else if (insn instanceof InvokeDynamicInsnNode lambda && lambda.bsmArgs.length > 1
                && lambda.bsmArgs[1] instanceof Handle target) {
            // The captured values of a lambda are the first parameters of its body (after the receiver, if any).
            int captured = Type.getArgumentTypes(lambda.desc).length;
            boolean receiver = target.getTag() != Opcodes.H_INVOKESTATIC;
            for (int index : forwarding.getOrDefault(key(target.getOwner(), target.getName(), target.getDesc()), Set.of())) {
                int position = receiver ? index + 1 : index;
                if (position < captured) {
                    found.add(new int[] { captured, position });
                }
            }
        }
        return found;
    }

    private static String key(String owner, String name, String desc) {
        return owner + "." + name + desc;
    }

    private static boolean isParameter(MethodNode method, int slot) {
        return parameterIndex(method, slot) >= 0;
    }

    /** The index of the parameter held in local {@code slot}, or -1 (also for {@code this}). */
    private static int parameterIndex(MethodNode method, int slot) {
        int next = (method.access & Opcodes.ACC_STATIC) != 0 ? 0 : 1;
        Type[] parameters = Type.getArgumentTypes(method.desc);
        for (int i = 0; i < parameters.length; i++) {
            if (next == slot) {
                return i;
            }
            next += parameters[i].getSize();
        }
        return -1;
    }
}
