package org.convene.slack.interaction;

import java.time.Instant;
import java.time.ZoneId;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import org.convene.core.command.TimeReader;
import org.convene.core.domain.Refusal;

/**
 * The quick check of the event form's times, made before the form is answered: a time that cannot be read, or a
 * start in the past, is told on its own field. Reads only, so it never makes the answer wait.
 */
final class SubmissionTimes {

    private static final int ERROR_LIMIT = 2000;

    private SubmissionTimes() {
    }

    /** The error to show on a field, or empty when the times read well (or none was given). */
    static Optional<Map<String, String>> errors(String when, String deadline, ZoneId zone, Instant now) {
        for (Map.Entry<String, String> field : fields(when, deadline).entrySet()) {
            boolean start = field.getKey().equals(EventModal.DATE);
            try {
                Instant read = TimeReader.read(field.getValue(), start ? "when" : "deadline", zone, now);
                if (start && read.isBefore(now)) {
                    return Optional.of(Map.of(EventModal.DATE, "That day and time, " + field.getValue()
                            + ", is in the past; pick a later one."));
                }
            } catch (Refusal refusal) {
                return Optional.of(Map.of(field.getKey(), shorten(refusal.getMessage())));
            }
        }
        return Optional.empty();
    }

    /** Cuts a message to what Slack shows under a field. */
    static String shorten(String message) {
        return message.length() <= ERROR_LIMIT ? message : message.substring(0, ERROR_LIMIT - 1) + "…";
    }

    private static Map<String, String> fields(String when, String deadline) {
        Map<String, String> fields = new LinkedHashMap<>();
        if (when != null) {
            fields.put(EventModal.DATE, when);
        }
        if (deadline != null && !deadline.strip().equalsIgnoreCase("none")) {
            fields.put(EventModal.DEADLINE, deadline);
        }
        return fields;
    }
}
