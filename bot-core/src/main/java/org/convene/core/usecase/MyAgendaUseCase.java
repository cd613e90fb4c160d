package org.convene.core.usecase;

import static java.util.Objects.requireNonNull;

import jakarta.inject.Inject;
import java.time.Clock;
import java.util.List;
import org.convene.core.domain.Group;
import org.convene.core.port.GroupRepository;
import org.convene.core.port.RsvpRepository;

/** A member's own groups and upcoming RSVPs. */
public final class MyAgendaUseCase {

    /** What the member belongs to and has answered. */
    public record Agenda(List<Group> groups, List<EventDetails> rsvps) {
    }

    private final GroupRepository groups;
    private final RsvpRepository rsvps;
    private final Lookups lookups;
    private final ShowEventUseCase show;
    private final Clock clock;

    @Inject
    public MyAgendaUseCase(GroupRepository groups, RsvpRepository rsvps, Lookups lookups, ShowEventUseCase show,
                           Clock clock) {
        this.groups = requireNonNull(groups, "groups");
        this.rsvps = requireNonNull(rsvps, "rsvps");
        this.lookups = requireNonNull(lookups, "lookups");
        this.show = requireNonNull(show, "show");
        this.clock = requireNonNull(clock, "clock");
    }

    public Agenda agenda(Actor actor) {
        List<EventDetails> answered = show.details(actor, rsvps.upcomingOf(actor.memberId(), clock.instant()).stream()
                .map(rsvp -> lookups.event(actor, rsvp.eventId())).toList());
        return new Agenda(groups.groupsOf(actor.memberId()), answered);
    }
}
