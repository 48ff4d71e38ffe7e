package se.krimflow.forms;

import java.util.Map;

/** The server-side check of one form beyond its schema: adds a Swedish message for every wrong value. */
@FunctionalInterface
public interface FormCheck {

    void check(Map<String, Object> values, FormErrors errors);
}
