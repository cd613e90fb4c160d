package org.convene.core.command;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.IntToLongFunction;
import org.convene.core.command.Command.Attendance.Action;
import org.convene.core.domain.Refusal;

/**
 * Reads the words after {@code attendance}: {@code mine}, {@code expiry[=90d]}, or an event number followed by
 * {@code code [new]}, {@code mark <user>}, {@code unmark <user>}, {@code close} or {@code noshows=behind|equal}.
 */
final class AttendanceGrammar {

    private static final String EXAMPLE = " Type, for example, /meetup attendance 42, /meetup attendance 42 close or "
            + "/meetup attendance mine.";

    private AttendanceGrammar() {
    }

    static Command read(List<String> words, Map<String, String> options, CommandParser.MentionReader mentions,
                        IntToLongFunction eventId) {
        for (String key : options.keySet()) {
            if (!Set.of("expiry", "noshows").contains(key)) {
                throw Refusal.invalid("I do not know the option " + key + "=; attendance takes expiry= (admins) or "
                        + "noshows=behind|equal." + EXAMPLE);
            }
        }
        String first = words.isEmpty() ? null : words.getFirst().toLowerCase(Locale.ROOT);
        if (options.containsKey("expiry") || "expiry".equals(first)) {
            return new Command.NoShowExpiry(options.get("expiry"));
        }
        if ("mine".equals(first)) {
            return new Command.AttendanceMine();
        }
        if (first == null) {
            throw Refusal.invalid("Say which event, or mine for your own record." + EXAMPLE);
        }
        long event = eventId.applyAsLong(0);
        if (options.containsKey("noshows")) {
            return new Command.Attendance(event, noShows(options.get("noshows")), null);
        }
        String action = words.size() > 1 ? words.get(1).toLowerCase(Locale.ROOT) : "";
        return switch (action) {
            case "" -> new Command.Attendance(event, Action.LIST, null);
            case "code" -> new Command.Attendance(event, words.size() > 2 && words.get(2).equalsIgnoreCase("new")
                    ? Action.NEW_CODE : Action.CODE, null);
            case "close" -> new Command.Attendance(event, Action.CLOSE, null);
            case "mark", "unmark" -> {
                if (words.size() < 3) {
                    throw Refusal.invalid("Say whom: /meetup attendance " + event + " " + action + " @name.");
                }
                yield new Command.Attendance(event, action.equals("mark") ? Action.MARK : Action.UNMARK,
                        mentions.read(String.join(" ", words.subList(2, words.size()))));
            }
            default -> throw Refusal.invalid("After the event's number, type code, code new, mark @name, unmark "
                    + "@name, close or noshows=behind, not \"" + words.get(1) + "\".");
        };
    }

    /** Reads {@code noshows=behind|equal} on a post or an edit: true, false, or null when not given. */
    static Boolean noShowsBehind(String typed) {
        return typed == null ? null : noShows(typed) == Action.NOSHOWS_BEHIND;
    }

    private static Action noShows(String typed) {
        return switch (typed.strip().toLowerCase(Locale.ROOT)) {
            case "behind" -> Action.NOSHOWS_BEHIND;
            case "equal", "none", "off" -> Action.NOSHOWS_EQUAL;
            default -> throw Refusal.invalid("noshows=" + typed + " is not a rule I know; type noshows=behind (members "
                    + "with a recent no-show wait behind the others) or noshows=equal.");
        };
    }
}
