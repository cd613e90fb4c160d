package org.convene.core.command;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.convene.core.domain.Refusal;

/**
 * Reads the words after {@code poll}: {@code <id>}, {@code vote <id> <n>}, {@code close <id> [post]}, or
 * {@code <group> "title" "date" "date" ... [for=2h] [where=...]} to open one.
 */
final class PollGrammar {

    private static final Set<String> KEYS = Set.of("for", "where");
    private static final String EXAMPLE = "/meetup poll bookclub \"The Overstory\" \"Dec 3 6pm\" \"Dec 10 6pm\"";

    private PollGrammar() {
    }

    static Command read(List<String> words, Map<String, String> options) {
        if (words.isEmpty()) {
            throw Refusal.invalid("Say which group to ask, a title and the dates: " + EXAMPLE + ".");
        }
        String first = words.getFirst();
        String action = first.toLowerCase(Locale.ROOT);
        if (action.equals("vote")) {
            noOptions(options);
            long pollId = pollId(words, 1, "/meetup poll vote 7 2");
            if (words.size() != 3 || !words.get(2).matches("\\d{1,2}")) {
                throw Refusal.invalid("Say which date to pick by its number, like /meetup poll vote " + pollId
                        + " 2.");
            }
            return new Command.PollVote(pollId, Integer.parseInt(words.get(2)));
        }
        if (action.equals("close")) {
            noOptions(options);
            long pollId = pollId(words, 1, "/meetup poll close 7");
            String then = words.size() > 2 ? words.get(2) : null;
            if (words.size() > 3 || then != null && !then.equalsIgnoreCase("post")) {
                throw Refusal.invalid("After the poll's number, type post or nothing: /meetup poll close " + pollId
                        + " post.");
            }
            return new Command.PollClose(pollId, then != null);
        }
        if (isNumber(first)) {
            noOptions(options);
            if (words.size() > 1) {
                throw Refusal.invalid("To pick a date, type /meetup poll vote " + digits(first) + " 2.");
            }
            return new Command.PollShow(Long.parseLong(digits(first)));
        }
        for (String key : options.keySet()) {
            if (!KEYS.contains(key)) {
                throw Refusal.invalid("I do not know the option " + key + "= for a poll; type for= (its length) or "
                        + "where=.");
            }
        }
        if (words.size() < 2) {
            throw Refusal.invalid("Give the poll a title in quotes, then the dates: " + EXAMPLE + ".");
        }
        return new Command.PollCreate(first, words.get(1), words.subList(2, words.size()), options.get("for"),
                options.get("where"));
    }

    private static long pollId(List<String> words, int index, String example) {
        if (words.size() <= index || !isNumber(words.get(index))) {
            throw Refusal.invalid("Say which poll by its number, like " + example + ".");
        }
        return Long.parseLong(digits(words.get(index)));
    }

    private static void noOptions(Map<String, String> options) {
        if (!options.isEmpty()) {
            throw Refusal.invalid("Options such as " + options.keySet().iterator().next() + "= belong to a new "
                    + "poll: " + EXAMPLE + " for=2h.");
        }
    }

    private static boolean isNumber(String word) {
        return word.matches("#?\\d{1,18}");
    }

    private static String digits(String word) {
        return word.startsWith("#") ? word.substring(1) : word;
    }
}
