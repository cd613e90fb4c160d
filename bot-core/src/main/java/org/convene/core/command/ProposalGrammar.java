package org.convene.core.command;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.convene.core.domain.Refusal;
import org.convene.core.usecase.MemberRef;

/**
 * The words of {@code propose}, {@code proposals} and the preference options of {@code profile}, read from the
 * positional words and {@code key=value} options the grammar split.
 */
final class ProposalGrammar {

    private static final Set<String> PROPOSE_KEYS = Set.of("name", "description", "why", "organizers");
    private static final Set<String> PROFILE_KEYS = Set.of("listed", "dm", "mute", "unmute");

    private ProposalGrammar() {
    }

    static Command propose(List<String> positional, Map<String, String> options,
                           CommandParser.MentionReader mentions) {
        for (String key : options.keySet()) {
            if (!PROPOSE_KEYS.contains(key)) {
                throw Refusal.invalid("I do not know the option " + key + "=; the options are description=, why= "
                        + "and organizers=, like /meetup " + Verb.PROPOSE.examples().getLast() + ".");
            }
        }
        if (positional.isEmpty()) {
            if (!options.isEmpty()) {
                throw Refusal.invalid("Start with the group's short name: /meetup " + Verb.PROPOSE.examples().getLast()
                        + ".");
            }
            return Command.Propose.guidelines();
        }
        String name = options.get("name");
        if (name == null && positional.size() > 1) {
            name = String.join(" ", positional.subList(1, positional.size()));
        }
        return new Command.Propose(positional.getFirst(), name, options.get("description"), options.get("why"),
                organizers(options.get("organizers"), mentions));
    }

    /** Co-organizers separated by commas (or spaces): mentions on Slack, names on the console. */
    static List<MemberRef> organizers(String typed, CommandParser.MentionReader mentions) {
        List<MemberRef> found = new ArrayList<>();
        if (typed == null) {
            return found;
        }
        for (String word : typed.split("[,\\s]+")) {
            if (!word.isBlank()) {
                found.add(mentions.read(word));
            }
        }
        return found;
    }

    static Command proposals(List<String> positional) {
        if (positional.isEmpty()) {
            return new Command.ProposalList();
        }
        String action = positional.getFirst().toLowerCase(Locale.ROOT);
        return switch (action) {
            case "accept" -> new Command.ProposalAccept(id(positional, action));
            case "decline" -> new Command.ProposalDecline(id(positional, action), positional.size() > 2
                    ? String.join(" ", positional.subList(2, positional.size())) : null);
            case "guidelines" -> new Command.ProposalGuidelines(positional.size() > 1
                    ? String.join(" ", positional.subList(1, positional.size())) : null);
            default -> throw Refusal.invalid("After proposals, type accept, decline or guidelines, not \""
                    + positional.getFirst() + "\": /meetup proposals accept 3.");
        };
    }

    private static long id(List<String> positional, String action) {
        if (positional.size() < 2) {
            throw Refusal.invalid("Which proposal? Type its number: /meetup proposals " + action + " 3. "
                    + "/meetup proposals lists them.");
        }
        String word = positional.get(1);
        String digits = word.startsWith("#") ? word.substring(1) : word;
        if (!digits.matches("\\d{1,18}")) {
            throw Refusal.invalid("\"" + word + "\" is not a proposal number; /meetup proposals lists them.");
        }
        return Long.parseLong(digits);
    }

    static Command profile(Map<String, String> options, java.util.function.BiFunction<String, String, Boolean> yesOrNo) {
        for (String key : options.keySet()) {
            if (!PROFILE_KEYS.contains(key)) {
                throw Refusal.invalid("I do not know the option " + key + "=; type listed=, dm=, mute= or unmute=, "
                        + "like /meetup profile mute=bookclub.");
            }
        }
        return new Command.Profile(yesOrNo.apply(options.get("listed"), "listed"), blankless(options.get("dm")),
                blankless(options.get("mute")), blankless(options.get("unmute")));
    }

    private static String blankless(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }
}
