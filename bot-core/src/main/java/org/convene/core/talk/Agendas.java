package org.convene.core.talk;

import static java.util.Objects.requireNonNull;

import jakarta.inject.Inject;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.convene.core.domain.Event;
import org.convene.core.domain.Member;
import org.convene.core.port.MemberRepository;
import org.convene.core.port.TalkRepository;

/**
 * Builds events' agendas from their slots, the accepted offers and the presenters' names. A list of events is read
 * at once: one read of the calls, and only when some event has one, one of their offers and one of the presenters.
 */
public final class Agendas {

    private final TalkRepository talks;
    private final MemberRepository members;

    @Inject
    public Agendas(TalkRepository talks, MemberRepository members) {
        this.talks = requireNonNull(talks, "talks");
        this.members = requireNonNull(members, "members");
    }

    public Agenda of(Event event) {
        return of(List.of(event)).get(event.id());
    }

    /** The agenda of each event, by event id; an event without a call for presenters has {@link Agenda#none()}. */
    public Map<Long, Agenda> of(List<Event> events) {
        Map<Long, TalkCall> calls = events.isEmpty() ? Map.of()
                : talks.calls(events.stream().map(Event::id).distinct().toList());
        Map<Long, TalkOffer> acceptedBySlot = calls.isEmpty() ? Map.of() : talks.offers(calls.keySet()).stream()
                .filter(offer -> offer.state() == OfferState.ACCEPTED)
                .collect(Collectors.toMap(TalkOffer::slotId, Function.identity()));
        List<Long> presenters = acceptedBySlot.values().stream().map(TalkOffer::memberId).distinct().toList();
        Map<Long, String> names = presenters.isEmpty() ? Map.of() : members.byIds(presenters).stream()
                .collect(Collectors.toMap(Member::id, Member::displayName));
        Map<Long, Agenda> agendas = new LinkedHashMap<>();
        for (Event event : events) {
            TalkCall call = calls.get(event.id());
            agendas.put(event.id(), call == null ? Agenda.none() : agenda(event, call, acceptedBySlot, names));
        }
        return agendas;
    }

    private static Agenda agenda(Event event, TalkCall call, Map<Long, TalkOffer> acceptedBySlot,
                                 Map<Long, String> names) {
        List<Agenda.Entry> entries = call.slots().stream().map(slot -> {
            TalkOffer offer = acceptedBySlot.get(slot.id());
            return offer == null ? new Agenda.Entry(slot, null, null)
                    : new Agenda.Entry(slot, offer.title(), names.getOrDefault(offer.memberId(), "someone"));
        }).toList();
        return new Agenda(entries, call.autoAccept(), event.zone());
    }
}
