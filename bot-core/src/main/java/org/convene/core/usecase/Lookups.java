package org.convene.core.usecase;

import static java.util.Objects.requireNonNull;

import jakarta.inject.Inject;
import java.util.Locale;
import org.convene.core.domain.Event;
import org.convene.core.domain.Group;
import org.convene.core.domain.Refusal;
import org.convene.core.port.EventRepository;
import org.convene.core.port.GroupRepository;

/** Finds the group or event a request names, within the asker's community, or refuses with what to type instead. */
public final class Lookups {

    private final GroupRepository groups;
    private final EventRepository events;

    @Inject
    public Lookups(GroupRepository groups, EventRepository events) {
        this.groups = requireNonNull(groups, "groups");
        this.events = requireNonNull(events, "events");
    }

    public Group group(Actor actor, String slug) {
        String normalized = slug.strip().toLowerCase(Locale.ROOT);
        return groups.bySlug(actor.communityId(), normalized)
                .filter(group -> !group.archived())
                .orElseThrow(() -> Refusal.notFound("There is no group \"" + slug
                        + "\" here. Type /meetup groups to see the groups and their short names."));
    }

    public Event event(Actor actor, long eventId) {
        return events.byId(eventId).filter(event -> visible(actor, event))
                .orElseThrow(() -> unknownEvent(eventId));
    }

    /** Reads the event and locks it for a seat change; the caller must be in a transaction. */
    public Event lockedEvent(Actor actor, long eventId) {
        return events.lockById(eventId).filter(event -> visible(actor, event))
                .orElseThrow(() -> unknownEvent(eventId));
    }

    public Group groupOf(Event event) {
        return groups.byId(event.groupId()).orElseThrow();
    }

    /** Whether the event belongs to the asker's community. */
    public boolean visible(Actor actor, Event event) {
        return groups.byId(event.groupId()).map(group -> group.communityId() == actor.communityId()).orElse(false);
    }

    static Refusal unknownEvent(long eventId) {
        return Refusal.notFound("There is no event #" + eventId
                + " here. Type /meetup events to see upcoming events and their numbers.");
    }
}
