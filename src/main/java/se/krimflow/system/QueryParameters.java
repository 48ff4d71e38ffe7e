package se.krimflow.system;

/** Query parameters of krimflow's own endpoints, refused as a 400 that names the parameter. */
public final class QueryParameters {

    private QueryParameters() {
    }

    /** A whole number from {@code min} to {@code max}, or {@code otherwise} when not given. */
    public static int wholeNumber(String field, String text, int otherwise, int min, int max) {
        if (text == null) {
            return otherwise;
        }
        if (!text.matches("[0-9]{1,9}") || Integer.parseInt(text) < min || Integer.parseInt(text) > max) {
            throw ApiException.invalid(field, "Ange ett heltal från " + min + " till " + max + ".");
        }
        return Integer.parseInt(text);
    }
}
