package org.convene.core.command;

import java.time.LocalTime;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.convene.core.domain.Refusal;
import org.convene.core.talk.SlotPlan;

/**
 * The words after {@code talk}: {@code slots}, {@code offer}, {@code accept}, {@code decline}, {@code withdraw} and
 * {@code agenda}, each refused with what to type when it cannot be read.
 */
final class TalkGrammar {

    static final int TITLE_LIMIT = 100;
    static final int DESCRIPTION_LIMIT = 200;

    private static final Pattern SLOTS = Pattern.compile("(\\d{1,3})\\s*[x×]\\s*(\\S+)", Pattern.CASE_INSENSITIVE);
    private static final Pattern LENGTH = Pattern.compile("(?:(\\d{1,2})h)?(?:(\\d{1,3})(?:m|min)?)?",
            Pattern.CASE_INSENSITIVE);
    private static final Pattern CLOCK = Pattern.compile("(\\d{1,2})[:.](\\d{2})");
    private static final Pattern NUMBER = Pattern.compile("#?(\\d{1,18})");

    private TalkGrammar() {
    }

    static Command parse(List<String> positional, Map<String, String> options) {
        String action = positional.isEmpty() ? "" : positional.getFirst().toLowerCase(Locale.ROOT);
        return switch (action) {
            case "slots" -> slots(positional, options);
            case "offer" -> offer(positional, options);
            case "accept" -> new Command.AcceptTalk(number(positional, "accept", "the offer's number"));
            case "decline" -> new Command.DeclineTalk(number(positional, "decline", "the offer's number"),
                    rest(positional, 2));
            case "withdraw" -> new Command.WithdrawTalk(number(positional, "withdraw", "the offer's number"));
            case "agenda" -> new Command.ShowAgenda(number(positional, "agenda", "the event's number"));
            default -> throw Refusal.invalid("After talk, type slots, offer, accept, decline, withdraw or agenda"
                    + (action.isEmpty() ? "" : ", not \"" + positional.getFirst() + "\"")
                    + ": /meetup talk agenda 42.");
        };
    }

    private static Command slots(List<String> positional, Map<String, String> options) {
        long eventId = number(positional, "slots", "the event's number");
        known(options, Set.of("from", "length", "auto"), "slots");
        List<String> rest = positional.subList(2, positional.size());
        boolean auto = yes(options.get("auto"));
        if (rest.size() == 1 && rest.getFirst().equalsIgnoreCase("none")) {
            return new Command.OpenTalkSlots(eventId, 0, 0, List.of(), null, false, true);
        }
        LocalTime from = options.get("from") == null ? null : clock(options.get("from"));
        if (rest.size() == 1) {
            Matcher matcher = SLOTS.matcher(rest.getFirst());
            if (matcher.matches()) {
                return new Command.OpenTalkSlots(eventId, Integer.parseInt(matcher.group(1)),
                        minutes(matcher.group(2)), List.of(), from, auto, false);
            }
        }
        if (rest.isEmpty()) {
            throw Refusal.invalid("Say which slots: /meetup talk slots " + eventId + " 4x15m, or their names "
                    + "in quotes: /meetup talk slots " + eventId + " \"Opening\" \"Lightning round\".");
        }
        int minutes = options.get("length") == null ? SlotPlan.DEFAULT_MINUTES : minutes(options.get("length"));
        List<String> names = rest.stream().map(name -> line(name, 40, "A slot's name")).toList();
        return new Command.OpenTalkSlots(eventId, names.size(), minutes, names, from, auto, false);
    }

    private static Command offer(List<String> positional, Map<String, String> options) {
        long eventId = number(positional, "offer", "the event's number");
        known(options, Set.of("slot"), "offer");
        Integer slot = null;
        if (options.get("slot") != null) {
            Matcher matcher = NUMBER.matcher(options.get("slot").strip());
            if (!matcher.matches() || matcher.group(1).length() > 3) {
                throw Refusal.invalid("slot=" + options.get("slot") + " is not a slot number; type slot=2.");
            }
            slot = Integer.parseInt(matcher.group(1));
        }
        if (positional.size() < 3 || positional.get(2).isBlank()) {
            throw Refusal.invalid("Give your talk a title: /meetup talk offer " + eventId
                    + " \"Linked data for small libraries\" one line about it.");
        }
        return new Command.OfferTalk(eventId, slot, positional.get(2), rest(positional, 3));
    }

    private static long number(List<String> positional, String action, String what) {
        if (positional.size() < 2) {
            throw Refusal.invalid("Missing " + what + ": /meetup talk " + action + " 42.");
        }
        Matcher matcher = NUMBER.matcher(positional.get(1));
        if (!matcher.matches()) {
            throw Refusal.invalid("\"" + positional.get(1) + "\" is not " + what + "; type /meetup talk " + action
                    + " 42.");
        }
        return Long.parseLong(matcher.group(1));
    }

    private static String rest(List<String> positional, int from) {
        return from < positional.size() ? String.join(" ", positional.subList(from, positional.size())) : null;
    }

    private static void known(Map<String, String> options, Set<String> keys, String action) {
        for (String key : options.keySet()) {
            if (!keys.contains(key)) {
                throw Refusal.invalid("talk " + action + " has no option " + key + "=; its options are "
                        + String.join("=, ", keys.stream().sorted().toList()) + "=.");
            }
        }
    }

    private static boolean yes(String typed) {
        if (typed == null) {
            return false;
        }
        return switch (typed.strip().toLowerCase(Locale.ROOT)) {
            case "yes", "y", "true", "on" -> true;
            case "no", "n", "false", "off" -> false;
            default -> throw Refusal.invalid("auto=" + typed + " is neither yes nor no; type auto=yes to accept "
                    + "offers without a decision.");
        };
    }

    private static int minutes(String typed) {
        Matcher matcher = LENGTH.matcher(typed.strip());
        if (typed.isBlank() || !matcher.matches() || (matcher.group(1) == null && matcher.group(2) == null)) {
            throw Refusal.invalid("\"" + typed + "\" is not a slot length; type 15m, 20 or 1h.");
        }
        int hours = matcher.group(1) == null ? 0 : Integer.parseInt(matcher.group(1));
        int minutes = matcher.group(2) == null ? 0 : Integer.parseInt(matcher.group(2));
        int total = hours * 60 + minutes;
        if (total < 1 || total > 24 * 60) {
            throw Refusal.invalid("A slot lasts 1 minute to 24 hours, not \"" + typed + "\"; type 15m.");
        }
        return total;
    }

    private static LocalTime clock(String typed) {
        Matcher matcher = CLOCK.matcher(typed.strip());
        if (matcher.matches()) {
            int hour = Integer.parseInt(matcher.group(1));
            int minute = Integer.parseInt(matcher.group(2));
            if (hour < 24 && minute < 60) {
                return LocalTime.of(hour, minute);
            }
        }
        throw Refusal.invalid("from=" + typed + " is not a time of day; type from=18:15.");
    }

    /** The text on one line, refused when empty or longer than {@code limit} characters. */
    static String line(String text, int limit, String what) {
        String line = text.replaceAll("\\s+", " ").strip();
        if (line.isEmpty()) {
            throw Refusal.invalid(what + " cannot be empty.");
        }
        if (line.codePointCount(0, line.length()) > limit) {
            throw Refusal.invalid(what + " is limited to " + limit + " characters; yours has "
                    + line.codePointCount(0, line.length()) + ".");
        }
        return line;
    }
}
