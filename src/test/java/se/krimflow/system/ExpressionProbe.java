package se.krimflow.system;

/**
 * A visible side effect for expression probes: an expression that reaches the engine's evaluator
 * sets {@link #X} to 42 (see {@link #EXPRESSION}).
 */
public final class ExpressionProbe {

    public static volatile long X;

    public static final String EXPRESSION =
            "${''.getClass().forName('se.krimflow.system.ExpressionProbe').getField('X').setLong(null,42)}";

    private ExpressionProbe() {
    }
}
