package org.convene.core.usecase;

import static java.util.Objects.requireNonNull;

import jakarta.inject.Inject;
import java.time.Clock;
import java.util.List;
import org.convene.core.domain.Event;
import org.convene.core.domain.Group;
import org.convene.core.domain.Refusal;
import org.convene.core.port.EventRepository;

/** Lists upcoming events of the community or of one group, soonest first, a page at a time. */
public final class ListEventsUseCase {

    public static final int PAGE_SIZE = 10;

    /** Which events: all ({@code groupSlug} null) or one group's; pages count from 1. */
    public record Input(String groupSlug, int page) {
        public Input {
            if (page < 1) {
                throw Refusal.invalid("Pages count from 1; you asked for page " + page + ".");
            }
        }
    }

    /** One page of events, with the group each belongs to. */
    public record Page(Group group, List<EventDetails> events, int page, boolean more) {
    }

    private final EventRepository events;
    private final Lookups lookups;
    private final ShowEventUseCase show;
    private final Clock clock;

    @Inject
    public ListEventsUseCase(EventRepository events, Lookups lookups, ShowEventUseCase show, Clock clock) {
        this.events = requireNonNull(events, "events");
        this.lookups = requireNonNull(lookups, "lookups");
        this.show = requireNonNull(show, "show");
        this.clock = requireNonNull(clock, "clock");
    }

    /**
     * Upcoming events matching what someone is typing, soonest first: every word in the title or the group's slug
     * or name, or a number (with or without {@code #}) as the start of the id. Nothing typed gives the soonest.
     */
    public List<Event> search(Actor actor, String typed, int limit) {
        List<String> words = TypedWords.of(typed);
        String idPrefix = words.size() == 1 && words.getFirst().matches("#?\\d+")
                ? words.getFirst().replace("#", "") : null;
        List<String> textWords = idPrefix != null && words.getFirst().startsWith("#") ? List.of() : words;
        return events.search(actor.communityId(), idPrefix, textWords, clock.instant(), limit);
    }

    /** One event of the asker's community as it is now, for a form that opens with its current values. */
    public Event one(Actor actor, long eventId) {
        return lookups.event(actor, eventId);
    }

    public Page list(Actor actor, Input input) {
        Group group = input.groupSlug() == null ? null : lookups.group(actor, input.groupSlug());
        List<Event> found = events.upcoming(actor.communityId(), group == null ? null : group.id(), clock.instant(),
                PAGE_SIZE + 1, (input.page() - 1) * PAGE_SIZE);
        boolean more = found.size() > PAGE_SIZE;
        List<EventDetails> page = show.details(actor, found.stream().limit(PAGE_SIZE).toList());
        return new Page(group, page, input.page(), more);
    }
}
