package se.krimflow.forms;

import java.util.ArrayList;
import java.util.List;

/** The problems found in one form submission; messages are Swedish and free of personal data. */
public final class FormErrors {

    public record Problem(String field, String message) {
    }

    private final List<Problem> problems = new ArrayList<>();

    public void add(String field, String message) {
        problems.add(new Problem(field, message));
    }

    public boolean isEmpty() {
        return problems.isEmpty();
    }

    public List<Problem> problems() {
        return List.copyOf(problems);
    }

    /** One line for Tasklist, e.g. "Orsak: Ange varför ingen närvarade. Ålder: ...". */
    public String summary() {
        StringBuilder text = new StringBuilder("Formuläret sparades inte. ");
        for (Problem p : problems) {
            text.append(p.field()).append(": ").append(p.message()).append(' ');
        }
        return text.toString().trim();
    }
}
