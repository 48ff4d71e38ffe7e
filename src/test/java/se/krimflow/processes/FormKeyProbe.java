package se.krimflow.processes;

import java.util.AbstractMap;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.Iterator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import com.fasterxml.jackson.databind.JsonNode;

import se.krimflow.forms.FormCheck;
import se.krimflow.forms.FormErrors;

/**
 * The keys a {@link FormCheck} reads, found by running it: against no values, then with every key it
 * read set to each of a handful of values (missing, yes, no, text, numbers, a date, and the form's own
 * options for that field), one key and two keys at a time, until no run reads a new key. Checks read
 * values by key only ({@code values.get(key)}), so every key a branch reached is recorded; a branch that
 * needs three values at once, or a value nobody can guess, may stay unexplored, so a key can be
 * missed but never invented.
 */
final class FormKeyProbe {

    private static final List<Object> EVERY_KEY_TRIES = List.of(Boolean.TRUE, Boolean.FALSE, "x", "", 0, 1, 25, 200,
            "2000-01-01", List.of());

    private FormKeyProbe() {
    }

    static Set<String> keysRead(FormCheck check, JsonNode form) {
        Map<String, List<Object>> tries = new HashMap<>();
        collectOptions(form.path("components"), tries);
        Set<String> read = new LinkedHashSet<>();
        run(check, Map.of(), read);
        Set<String> explored = new LinkedHashSet<>();
        while (!explored.containsAll(read)) {
            List<String> keys = new ArrayList<>(read);
            explored.addAll(keys);
            for (int a = 0; a < keys.size(); a++) {
                for (Object first : values(keys.get(a), tries)) {
                    run(check, single(keys.get(a), first), read);
                    for (int b = a + 1; b < keys.size(); b++) {
                        for (Object second : values(keys.get(b), tries)) {
                            Map<String, Object> two = single(keys.get(a), first);
                            two.put(keys.get(b), second);
                            run(check, two, read);
                        }
                    }
                }
            }
        }
        return read;
    }

    private static Map<String, Object> single(String key, Object value) {
        Map<String, Object> values = new HashMap<>();
        values.put(key, value);
        return values;
    }

    private static List<Object> values(String key, Map<String, List<Object>> tries) {
        List<Object> values = new ArrayList<>(EVERY_KEY_TRIES);
        values.addAll(tries.getOrDefault(key, List.of()));
        return values;
    }

    private static void run(FormCheck check, Map<String, Object> given, Set<String> read) {
        try {
            check.check(new Recording(given, read), new FormErrors());
        } catch (RuntimeException e) {
            // A value of a type the form never sends; what was read until then counts.
        }
    }

    /** The option values of selects, radios and checklists, and every default value, by field key. */
    private static void collectOptions(JsonNode components, Map<String, List<Object>> tries) {
        for (Iterator<JsonNode> it = components.elements(); it.hasNext();) {
            JsonNode c = it.next();
            String key = c.path("key").asText(null);
            if (key != null) {
                List<Object> values = tries.computeIfAbsent(key, k -> new ArrayList<>());
                List<Object> all = new ArrayList<>();
                for (JsonNode option : c.path("values")) {
                    values.add(option.path("value").asText());
                    all.add(option.path("value").asText());
                }
                if (!all.isEmpty()) {
                    values.add(all);
                }
                if (c.has("defaultValue") && c.get("defaultValue").isValueNode()) {
                    values.add(c.get("defaultValue").isTextual() ? c.get("defaultValue").asText()
                            : c.get("defaultValue").isBoolean() ? c.get("defaultValue").asBoolean()
                                    : c.get("defaultValue").numberValue());
                }
            }
            collectOptions(c.path("components"), tries);
        }
    }

    /** Values that remember every key asked for. */
    private static final class Recording extends AbstractMap<String, Object> {

        private final Map<String, Object> given;
        private final Set<String> read;

        Recording(Map<String, Object> given, Set<String> read) {
            this.given = given;
            this.read = read;
        }

        @Override
        public Object get(Object key) {
            read.add(String.valueOf(key));
            return given.get(key);
        }

        @Override
        public boolean containsKey(Object key) {
            read.add(String.valueOf(key));
            return given.containsKey(key);
        }

        @Override
        public Set<Entry<String, Object>> entrySet() {
            return given.entrySet();
        }
    }
}
