package org.convene.core.command;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.convene.core.domain.Answer;
import org.convene.core.domain.Identity;
import org.convene.core.domain.Refusal;
import org.convene.core.usecase.MemberRef;

/**
 * The one text grammar of {@code /meetup}, used by Slack and the console: a verb, positional words, {@code key=value}
 * options and {@code +N} for guests. A mistake is refused with what was understood and what to type.
 */
public final class CommandParser {

    private static final Set<String> EVENT_KEYS = Set.of("title", "description", "when", "end", "for", "where",
            "online", "link", "capacity", "guests", "deadline", "repeat");

    /** Reads a mention the platform put in the text, such as Slack's {@code <@U123|grace>}, as a member. */
    public interface MentionReader {
        MemberRef read(String word);
    }

    private final MentionReader mentions;

    public CommandParser(MentionReader mentions) {
        this.mentions = mentions;
    }

    /** A parser for plain text, where people are named by display name. */
    public static CommandParser plain() {
        return new CommandParser(word -> new MemberRef.ByName(word.startsWith("@") ? word.substring(1) : word));
    }

    public Command parse(String text) {
        List<String> words = new ArrayList<>(Tokenizer.split(text == null ? "" : text.strip()));
        if (!words.isEmpty() && words.getFirst().equalsIgnoreCase("/meetup")) {
            words.removeFirst();
        }
        if (words.isEmpty()) {
            return new Command.Help(null);
        }
        String typed = words.removeFirst();
        Verb verb = Verb.of(typed).orElseThrow(() -> unknownVerb(typed));
        Arguments arguments = Arguments.of(verb, words);
        return switch (verb) {
            case HELP -> new Command.Help(arguments.optionalWord(0));
            case GROUPS -> new Command.Groups();
            case JOIN -> new Command.Join(arguments.word(0, "the group's short name"));
            case LEAVE -> new Command.Leave(arguments.word(0, "the group's short name"));
            case EVENTS -> new Command.Events(arguments.optionalWord(0), arguments.intOption("page", 1));
            case EVENT -> new Command.ShowEvent(arguments.eventId(0));
            case RSVP -> rsvp(arguments);
            case MINE -> new Command.Mine();
            case LINK -> link(arguments);
            case POST -> {
                Boolean behind = AttendanceGrammar.noShowsBehind(arguments.options().remove("noshows"));
                yield new Command.Post(arguments.word(0, "the group's short name"), eventOptions(arguments, 1), behind);
            }
            case EDIT -> edit(arguments);
            case CANCEL -> new Command.Cancel(arguments.eventId(0), arguments.rest(1), wholeSeries(arguments));
            case ATTENDEES -> new Command.Attendees(arguments.eventId(0),
                    "csv".equalsIgnoreCase(arguments.optionalWord(1)));
            case ANNOUNCE_HERE -> new Command.AnnounceHere(arguments.word(0, "the group's short name"));
            case GROUP -> group(arguments);
            case ORGANIZER -> organizer(arguments);
            case LINK_SPACE -> new Command.LinkSpace(arguments.optionalWord(0));
            case REMINDERS -> reminders(arguments);
            case CALENDAR -> calendar(arguments);
            case PROFILE -> ProposalGrammar.profile(arguments.options(), CommandParser::yesOrNo);
            case VISIBILITY -> visibility(arguments);
            case PROPOSE -> ProposalGrammar.propose(arguments.positional(), arguments.options(), mentions);
            case PROPOSALS -> ProposalGrammar.proposals(arguments.positional());
            case POLL -> PollGrammar.read(arguments.positional(), arguments.options());
            case CHECKIN -> new Command.CheckIn(arguments.eventId(0), arguments.word(1, "the check-in code"));
            case ATTENDANCE -> AttendanceGrammar.read(arguments.positional(), arguments.options(), mentions,
                    arguments::eventId);
            case TALK -> TalkGrammar.parse(arguments.positional(), arguments.options());
        };
    }

    private static Command rsvp(Arguments arguments) {
        long eventId = arguments.eventId(0);
        Answer answer = Answer.GOING;
        int guests = 0;
        for (String word : arguments.positional().subList(1, arguments.positional().size())) {
            if (word.matches("\\+\\d{1,3}")) {
                guests = Integer.parseInt(word.substring(1));
            } else {
                answer = Answer.parse(word).orElseThrow(() -> Refusal.invalid("I read \"" + word
                        + "\" as your answer but did not understand it; type going, maybe or no, like "
                        + "/meetup rsvp " + eventId + " going +1."));
            }
        }
        guests = arguments.intOption("guests", guests);
        return new Command.Rsvp(eventId, answer, guests);
    }

    private static EventOptions eventOptions(Arguments arguments, int titleIndex) {
        Map<String, String> options = arguments.options();
        for (String key : options.keySet()) {
            if (!EVENT_KEYS.contains(key)) {
                throw Refusal.invalid("I do not know the option " + key + "=; the options are "
                        + String.join("=, ", EVENT_KEYS.stream().sorted().toList()) + "=.");
            }
        }
        String title = options.get("title");
        List<String> positional = arguments.positional();
        if (title == null && positional.size() > titleIndex) {
            title = String.join(" ", positional.subList(titleIndex, positional.size()));
        }
        return new EventOptions(title, options.get("description"), options.get("when"), options.get("end"),
                options.get("for"), options.get("where"), options.get("online"), options.get("link"),
                options.get("capacity"), options.get("guests"), options.get("deadline"), options.get("repeat"));
    }

    private static Command edit(Arguments arguments) {
        boolean wholeSeries = wholeSeries(arguments);
        Boolean behind = AttendanceGrammar.noShowsBehind(arguments.options().remove("noshows"));
        return new Command.Edit(arguments.eventId(0), eventOptions(arguments, 1), wholeSeries, behind);
    }

    /** Takes {@code scope=one|series} out of the options: whether the command is for the rest of a series. */
    private static boolean wholeSeries(Arguments arguments) {
        String scope = arguments.options().remove("scope");
        if (scope != null && !scope.equalsIgnoreCase("series") && !scope.equalsIgnoreCase("one")) {
            throw Refusal.invalid("scope=" + scope + " is not a scope I know; type scope=one (the default) or "
                    + "scope=series for this and every later occurrence.");
        }
        return "series".equalsIgnoreCase(scope);
    }

    private static Command link(Arguments arguments) {
        String code = arguments.optionalWord(0);
        String then = arguments.optionalWord(1);
        if (then != null && !then.equalsIgnoreCase("confirm")) {
            throw Refusal.invalid("After the code, type confirm or nothing, not \"" + then + "\": /meetup link "
                    + code + " confirm.");
        }
        return new Command.Link(code, then != null);
    }

    private static Command reminders(Arguments arguments) {
        for (String key : arguments.options().keySet()) {
            if (!Set.of("link", "channel", "member").contains(key)) {
                throw Refusal.invalid("I do not know the option " + key + "=; type link=, channel= or member=, "
                        + "like /meetup reminders channel=48h member=2h.");
            }
        }
        return new Command.Reminders(arguments.options().get("link"), arguments.options().get("channel"),
                arguments.options().get("member"));
    }

    private static Command calendar(Arguments arguments) {
        String word = arguments.optionalWord(0);
        if (word != null && !word.equalsIgnoreCase("reset")) {
            throw Refusal.invalid("After calendar, type nothing or reset, not \"" + word + "\": /meetup calendar reset.");
        }
        return new Command.Calendar(word != null);
    }

    private static Command visibility(Arguments arguments) {
        String word = arguments.optionalWord(0);
        if (word == null) {
            return new Command.Visibility(null);
        }
        return switch (word.toLowerCase(Locale.ROOT)) {
            case "public" -> new Command.Visibility(true);
            case "private" -> new Command.Visibility(false);
            default -> throw Refusal.invalid("After visibility, type public or private, not \"" + word
                    + "\": /meetup visibility private.");
        };
    }

    /** Reads yes or no (and their usual synonyms); null when nothing was typed. */
    private static Boolean yesOrNo(String typed, String key) {
        if (typed == null) {
            return null;
        }
        return switch (typed.strip().toLowerCase(Locale.ROOT)) {
            case "yes", "y", "true", "on" -> true;
            case "no", "n", "false", "off" -> false;
            default -> throw Refusal.invalid(key + "=" + typed + " is neither yes nor no; type " + key + "=yes or "
                    + key + "=no.");
        };
    }

    private static Command group(Arguments arguments) {
        String action = arguments.word(0, "create or archive").toLowerCase(Locale.ROOT);
        return switch (action) {
            case "create" -> new Command.GroupCreate(arguments.word(1, "the new group's short name"),
                    arguments.optionalWord(2), arguments.rest(3));
            case "archive" -> new Command.GroupArchive(arguments.word(1, "the group's short name"));
            default -> throw Refusal.invalid("After group, type create or archive, not \"" + action
                    + "\": /meetup group create a11y \"Accessibility in Libraries\".");
        };
    }

    private Command organizer(Arguments arguments) {
        String action = arguments.word(0, "add or remove").toLowerCase(Locale.ROOT);
        if (!action.equals("add") && !action.equals("remove")) {
            throw Refusal.invalid("After organizer, type add or remove, not \"" + action
                    + "\": /meetup organizer add code4libnyc @grace.");
        }
        String group = arguments.word(1, "the group's short name");
        String who = arguments.rest(2);
        if (who == null) {
            throw Refusal.invalid("Say who: /meetup organizer " + action + " " + group + " @name.");
        }
        return new Command.Organizer(action.equals("add"), group, mentions.read(who));
    }

    private static Refusal unknownVerb(String typed) {
        String suggestion = Verb.closestTo(typed).map(verb -> " Did you mean /meetup " + verb.word() + "?")
                .orElse("");
        return Refusal.invalid("I do not know the command \"" + typed + "\"." + suggestion
                + " Type /meetup help for the list.");
    }

    /** A way for adapters to name a platform identity in a {@link MemberRef}. */
    public static MemberRef identity(Identity identity, String displayName) {
        return new MemberRef.ByIdentity(identity, displayName);
    }

    /** The words after the verb, split into positional words and {@code key=value} options. */
    private record Arguments(Verb verb, List<String> positional, Map<String, String> options) {

        static Arguments of(Verb verb, List<String> words) {
            List<String> positional = new ArrayList<>();
            Map<String, String> options = new LinkedHashMap<>();
            for (String word : words) {
                int equals = word.indexOf('=');
                if (equals > 0 && word.substring(0, equals).matches("[A-Za-z-]+")) {
                    options.put(word.substring(0, equals).toLowerCase(Locale.ROOT), word.substring(equals + 1));
                } else {
                    positional.add(word);
                }
            }
            return new Arguments(verb, positional, options);
        }

        String word(int index, String what) {
            if (index >= positional.size()) {
                throw Refusal.invalid("Missing " + what + ". Usage: /meetup " + verb.usage() + " — for example /meetup "
                        + verb.examples().getFirst() + ".");
            }
            return positional.get(index);
        }

        String optionalWord(int index) {
            return index < positional.size() ? positional.get(index) : null;
        }

        String rest(int from) {
            return from < positional.size() ? String.join(" ", positional.subList(from, positional.size())) : null;
        }

        long eventId(int index) {
            String word = word(index, "the event's number");
            String digits = word.startsWith("#") ? word.substring(1) : word;
            if (!digits.matches("\\d{1,18}")) {
                throw Refusal.invalid("\"" + word + "\" is not an event number; events are numbered, like /meetup "
                        + verb.examples().getFirst() + ". Type /meetup events to see them.");
            }
            return Long.parseLong(digits);
        }

        int intOption(String key, int fallback) {
            String value = options.get(key);
            if (value == null) {
                return fallback;
            }
            if (!value.matches("-?\\d{1,6}")) {
                throw Refusal.invalid(key + "=" + value + " is not a whole number; type " + key + "=2.");
            }
            return Integer.parseInt(value);
        }
    }
}
