package org.casework.definition;

import java.time.Clock;
import java.time.ZonedDateTime;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.camunda.feel.api.FeelEngineApi;
import org.camunda.feel.api.FeelEngineBuilder;
import org.camunda.feel.syntaxtree.ParsedExpression;

/**
 * Decides whether a condition holds for a case's data; branches, allocation rules and actions all ask this one
 * evaluator so that a condition means the same wherever an author uses it. Safe to share between threads.
 */
public final class ConditionEvaluator {

    /** Where the FEEL parser gave up, as it reports it: {@code ...:line:column, found "rest of the text"}. */
    private static final Pattern PARSE_POSITION = Pattern.compile(":(\\d+):(\\d+), found \"(.*)\"$", Pattern.DOTALL);

    private static final int NEAR_LENGTH = 20;

    private final FeelEngineApi feel;
    private final Map<String, ParsedExpression> compiled = new ConcurrentHashMap<>();

    /** An evaluator whose FEEL {@code today()} and {@code now()} read the system clock. */
    public ConditionEvaluator() {
        this(Clock.systemDefaultZone());
    }

    /** An evaluator whose FEEL {@code today()} and {@code now()} read the given clock, so tests can fix the date. */
    public ConditionEvaluator(Clock clock) {
        Objects.requireNonNull(clock, "clock");
        // External functions would let whoever writes a definition call any Java method on the server.
        this.feel = FeelEngineBuilder.forJava()
                .withClock(() -> ZonedDateTime.now(clock))
                .withEnabledExternalFunctions(false)
                .build();
    }

    /**
     * Whether the condition holds for the case data; {@code where} names the site, such as {@code step 'route', route
     * 1}, for the {@link ConditionFailed} thrown when it cannot be decided.
     */
    public boolean test(Condition condition, Map<String, Object> data, String where) {
        return holds(condition, data == null ? Map.of() : data, where);
    }

    /** Why a FEEL expression cannot be read, in words a designer can act on; empty when it reads. */
    public Optional<String> checkFeel(String expression) {
        if (expression == null || expression.isBlank()) return Optional.of("The expression is empty.");
        if (compiled.containsKey(expression)) return Optional.empty();
        // Not cached: the designer checks every draft, and only the expressions cases actually run are worth keeping.
        var parsed = feel.parseExpression(expression);
        if (parsed.isSuccess()) return Optional.empty();
        return Optional.of("The expression " + unreadable(parsed.failure().message()) + ".");
    }

    /** How many distinct FEEL texts have been compiled, to show that each is parsed once. */
    int compiledExpressions() {
        return compiled.size();
    }

    private boolean holds(Condition condition, Map<String, Object> data, String where) {
        return switch (condition) {
            case null -> throw new ConditionFailed(where, null, null, "the condition is missing");
            case Condition.Compare compare -> Comparison.holds(compare, data, where);
            case Condition.All all -> all.all().stream().allMatch(part -> holds(part, data, where));
            case Condition.Any any -> any.any().stream().anyMatch(part -> holds(part, data, where));
            case Condition.Not not -> !holds(not.not(), data, where);
            case Condition.Feel expression -> feelHolds(expression, data, where);
        };
    }

    private boolean feelHolds(Condition.Feel condition, Map<String, Object> data, String where) {
        var text = condition.feel();
        if (text == null || text.isBlank()) throw feelFailed(condition, where, "is empty");
        var parsed = compiled.computeIfAbsent(text, unparsed -> compile(condition, where));
        var result = feel.evaluate(parsed, data);
        if (!result.isSuccess()) {
            throw feelFailed(
                    condition,
                    where,
                    "could not be evaluated: " + result.failure().message());
        }
        if (result.result() instanceof Boolean answer) return answer;
        var gave = result.result() == null ? "no value" : ConditionFailed.show(result.result(), '\'');
        var why = result.getSuppressedFailures().stream()
                .map(failure -> failure.failureMessage())
                .collect(Collectors.joining("; ", " (", ")"));
        throw feelFailed(condition, where, "gave " + gave + ", not true or false" + (why.equals(" ()") ? "" : why));
    }

    private ParsedExpression compile(Condition.Feel condition, String where) {
        var parsed = feel.parseExpression(condition.feel());
        if (parsed.isSuccess()) return parsed.parsedExpression();
        throw feelFailed(condition, where, unreadable(parsed.failure().message()));
    }

    private static ConditionFailed feelFailed(Condition.Feel condition, String where, String reason) {
        return new ConditionFailed(where, condition, null, "FEEL expression '" + condition.feel() + "' " + reason);
    }

    /** The parser's report rewritten for an author: where it stopped making sense, without the grammar's rule names. */
    private static String unreadable(String parserMessage) {
        var position = PARSE_POSITION.matcher(parserMessage);
        if (!position.find()) return "cannot be read: " + parserMessage;
        var line = Integer.parseInt(position.group(1));
        var at = (line > 1 ? "line " + line + ", column " : "column ") + position.group(2);
        var rest = position.group(3).replace("\\\"", "\"").replace("\\n", " ").strip();
        if (rest.isEmpty()) return "stops before it is complete, at " + at;
        var near = rest.length() > NEAR_LENGTH ? rest.substring(0, NEAR_LENGTH) + "…" : rest;
        return "cannot be read at " + at + ", near \"" + near + "\"";
    }
}
