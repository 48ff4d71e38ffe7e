package se.krimflow.forms;

/** One bad field of a request: the JSON field name and a message in Swedish. */
public record FieldProblem(String field, String message) {
}
