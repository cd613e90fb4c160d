package org.convene.core.command;

/**
 * The event fields a post or edit may give, as typed. Times stay text until the handler reads them in the
 * community's zone; null means "not given", and for an edit {@code none} clears a field that may be empty.
 */
public record EventOptions(String title, String description, String when, String end, String duration,
                           String where, String online, String link, String capacity, String guests,
                           String deadline, String repeat) {

    public static EventOptions empty() {
        return new EventOptions(null, null, null, null, null, null, null, null, null, null, null, null);
    }

    public boolean isEmpty() {
        return equals(empty());
    }
}
