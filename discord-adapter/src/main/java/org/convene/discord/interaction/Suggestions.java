package org.convene.discord.interaction;

import static java.util.Objects.requireNonNull;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import java.time.Duration;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import net.dv8tion.jda.api.interactions.commands.Command.Choice;
import org.convene.core.command.Caller;
import org.convene.core.command.CommandService;
import org.convene.core.usecase.Actor;
import org.convene.core.usecase.ListEventsUseCase;
import org.convene.core.usecase.ListGroupsUseCase;

/**
 * Autocomplete choices for group slugs and event ids, from a community's groups and upcoming events kept a few
 * seconds in a small cache, so typing does not query the database on every key.
 */
final class Suggestions {

    static final int CHOICE_LIMIT = 25;
    static final int NAME_LIMIT = 100;
    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("MMM d, HH:mm", Locale.ENGLISH);

    /** What a community offers to choose from. */
    record Catalog(List<Choice> groups, List<Choice> events) {
    }

    private final CommandService commands;
    private final ListGroupsUseCase listGroups;
    private final ListEventsUseCase listEvents;
    private final Cache<Long, Catalog> catalogs;

    Suggestions(CommandService commands, ListGroupsUseCase listGroups, ListEventsUseCase listEvents,
                Duration expiry) {
        this.commands = requireNonNull(commands, "commands");
        this.listGroups = requireNonNull(listGroups, "listGroups");
        this.listEvents = requireNonNull(listEvents, "listEvents");
        this.catalogs = Caffeine.newBuilder().maximumSize(1_000).expireAfterWrite(expiry).build();
    }

    List<Choice> groups(Caller caller, String typed) {
        return matching(catalog(caller).groups(), typed);
    }

    List<Choice> events(Caller caller, String typed) {
        return matching(catalog(caller).events(), typed);
    }

    private Catalog catalog(Caller caller) {
        Actor actor = commands.actor(caller);
        return catalogs.get(actor.communityId(), unused -> load(actor));
    }

    private Catalog load(Actor actor) {
        ZoneId zone = actor.community().zone();
        List<Choice> groups = listGroups.list(actor).stream()
                .map(summary -> new Choice(name(summary.group().slug() + " · " + summary.group().name()),
                        summary.group().slug()))
                .toList();
        List<Choice> events = listEvents.list(actor, new ListEventsUseCase.Input(null, 1)).events().stream()
                .map(details -> new Choice(name("#" + details.event().id() + " " + details.event().title() + " · "
                        + DAY.format(details.event().startsAt().atZone(zone))), details.event().id()))
                .toList();
        return new Catalog(groups, events);
    }

    private static List<Choice> matching(List<Choice> choices, String typed) {
        String wanted = typed == null ? "" : typed.strip().toLowerCase(Locale.ROOT).replaceFirst("^#", "");
        return choices.stream()
                .filter(choice -> choice.getName().toLowerCase(Locale.ROOT).replaceFirst("^#", "").contains(wanted))
                .limit(CHOICE_LIMIT)
                .toList();
    }

    private static String name(String text) {
        return text.length() <= NAME_LIMIT ? text : text.substring(0, NAME_LIMIT - 1) + "…";
    }
}
