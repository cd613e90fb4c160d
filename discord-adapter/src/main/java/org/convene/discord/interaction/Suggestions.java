package org.convene.discord.interaction;

import static java.util.Objects.requireNonNull;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import java.time.Duration;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import net.dv8tion.jda.api.interactions.commands.Command.Choice;
import org.convene.core.command.Caller;
import org.convene.core.command.Command;
import org.convene.core.command.CommandService;
import org.convene.core.command.Verb;
import org.convene.core.reply.Reply;
import org.convene.core.usecase.Actor;
import org.convene.core.usecase.ListEventsUseCase;
import org.convene.core.usecase.ListGroupsUseCase;

/**
 * Autocomplete choices for group slugs, event ids and the verbs {@code help} explains: the core searches by what is
 * typed (title words, id, group slug or name) and Discord gets up to 25 choices. Answers are kept a few seconds per community and text, so a
 * key typed twice does not query the database again.
 */
final class Suggestions {

    static final int CHOICE_LIMIT = 25;
    static final int NAME_LIMIT = 100;
    static final int TYPED_LIMIT = 100;
    private static final Pattern PROPOSAL_TITLE = Pattern.compile("#(\\d{1,18}) .*");
    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("MMM d, HH:mm", Locale.ENGLISH);

    /** One search: which community, which option, what was typed. */
    private record Query(long communityId, String option, String typed) {
    }

    private final CommandService commands;
    private final ListGroupsUseCase listGroups;
    private final ListEventsUseCase listEvents;
    private final Cache<Query, List<Choice>> answers;

    Suggestions(CommandService commands, ListGroupsUseCase listGroups, ListEventsUseCase listEvents,
                Duration expiry) {
        this.commands = requireNonNull(commands, "commands");
        this.listGroups = requireNonNull(listGroups, "listGroups");
        this.listEvents = requireNonNull(listEvents, "listEvents");
        this.answers = Caffeine.newBuilder().maximumSize(1_000).expireAfterWrite(expiry).build();
    }

    List<Choice> groups(Caller caller, String typed) {
        Actor actor = commands.actor(caller);
        return answers.get(new Query(actor.communityId(), "group", normalized(typed)),
                query -> listGroups.search(actor, query.typed(), CHOICE_LIMIT).stream()
                        .map(group -> new Choice(name(group.slug() + " · " + group.name()), group.slug()))
                        .toList());
    }

    List<Choice> events(Caller caller, String typed) {
        Actor actor = commands.actor(caller);
        ZoneId zone = actor.community().zone();
        return answers.get(new Query(actor.communityId(), "event", normalized(typed)),
                query -> listEvents.search(actor, query.typed(), CHOICE_LIMIT).stream()
                        .map(event -> new Choice(name("#" + event.id() + " " + event.title() + " · "
                                + DAY.format(event.startsAt().atZone(zone))), event.id()))
                        .toList());
    }

    /**
     * The verbs {@code help} can explain, matching what is typed: those starting with it first, then those whose
     * word or summary contains it, in the order {@code help} lists them.
     */
    List<Choice> verbs(String typed) {
        String text = normalized(typed);
        Stream<Verb> starting = Arrays.stream(Verb.values()).filter(verb -> verb.word().startsWith(text));
        Stream<Verb> containing = Arrays.stream(Verb.values()).filter(verb -> !verb.word().startsWith(text)
                && (verb.word().contains(text) || verb.summary().toLowerCase(Locale.ROOT).contains(text)));
        return Stream.concat(starting, containing).limit(CHOICE_LIMIT)
                .map(verb -> new Choice(name(verb.word() + " · " + verb.summary()), verb.word()))
                .toList();
    }

    /**
     * The open group proposals (for admins; nobody else gets any), matching what is typed in their number, name or
     * short name, read from the cards the core lists them as ({@code #3 Zine Library (zines)}).
     */
    List<Choice> proposals(Caller caller, String typed) {
        String text = normalized(typed);
        Reply open = commands.run(caller, new Command.ProposalList());
        if (open.failed()) {
            return List.of();
        }
        return open.cards().stream().filter(card -> card.title().toLowerCase(Locale.ROOT).contains(text))
                .map(card -> PROPOSAL_TITLE.matcher(card.title())).filter(Matcher::lookingAt).limit(CHOICE_LIMIT)
                .map(matcher -> new Choice(name(matcher.group()), Long.parseLong(matcher.group(1))))
                .toList();
    }

    private static String normalized(String typed) {
        String text = typed == null ? "" : typed.strip().toLowerCase(Locale.ROOT);
        return text.length() <= TYPED_LIMIT ? text : text.substring(0, TYPED_LIMIT);
    }

    private static String name(String text) {
        return text.length() <= NAME_LIMIT ? text : text.substring(0, NAME_LIMIT - 1) + "…";
    }
}
