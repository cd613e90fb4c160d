package org.convene.core.usecase;

import static java.util.Objects.requireNonNull;

import jakarta.inject.Inject;
import java.time.Clock;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.convene.core.domain.Event;
import org.convene.core.domain.Group;
import org.convene.core.domain.LinkReveal;
import org.convene.core.domain.Rsvp;
import org.convene.core.port.RsvpRepository;
import org.convene.core.talk.Agenda;
import org.convene.core.talk.Agendas;

/** Shows one event to one member, with its agenda of talks when it has one. */
public final class ShowEventUseCase {

    private final RsvpRepository rsvps;
    private final Lookups lookups;
    private final Access access;
    private final Clock clock;
    private final Optional<Agendas> agendas;

    public ShowEventUseCase(RsvpRepository rsvps, Lookups lookups, Access access, Clock clock) {
        this(rsvps, lookups, access, clock, Optional.empty());
    }

    @Inject
    public ShowEventUseCase(RsvpRepository rsvps, Lookups lookups, Access access, Clock clock,
                            Agendas agendas) {
        this(rsvps, lookups, access, clock, Optional.of(agendas));
    }

    private ShowEventUseCase(RsvpRepository rsvps, Lookups lookups, Access access, Clock clock,
                             Optional<Agendas> agendas) {
        this.agendas = requireNonNull(agendas, "agendas");
        this.rsvps = requireNonNull(rsvps, "rsvps");
        this.lookups = requireNonNull(lookups, "lookups");
        this.access = requireNonNull(access, "access");
        this.clock = requireNonNull(clock, "clock");
    }

    public EventDetails show(Actor actor, long eventId) {
        return details(actor, lookups.event(actor, eventId));
    }

    public EventDetails details(Actor actor, Event event) {
        return details(actor, event, agendas.map(reader -> reader.of(event)).orElseGet(Agenda::none));
    }

    /** Several events as one member sees them, in the same order, their agendas read at once. */
    public List<EventDetails> details(Actor actor, List<Event> events) {
        Map<Long, Agenda> agendasById = agendas.map(reader -> reader.of(events)).orElseGet(Map::of);
        return events.stream().map(event -> details(actor, event,
                agendasById.getOrDefault(event.id(), Agenda.none()))).toList();
    }

    private EventDetails details(Actor actor, Event event, Agenda agenda) {
        Group group = lookups.groupOf(event);
        Optional<Rsvp> mine = rsvps.find(event.id(), actor.memberId());
        int position = mine.filter(Rsvp::waitlisted)
                .map(rsvp -> rsvps.waitlistAhead(event.id(), rsvp.waitlistOrder()) + 1).orElse(0);
        boolean organizer = access.organizes(actor, group);
        boolean linkVisible = event.privateLink() != null
                && (organizer || LinkReveal.visibleTo(event, mine.orElse(null),
                actor.community().leads().linkReveal(), clock.instant()));
        return new EventDetails(event, group, mine, position, rsvps.waitlistLength(event.id()),
                linkVisible ? Optional.of(event.privateLink()) : Optional.empty(), organizer,
                event.capped() && event.noShowsBehind(),
                org.convene.core.attendance.CheckInWindow.open(event, null, clock.instant()),
                agenda);
    }
}
