package org.convene.core.talk;

import static java.util.Objects.requireNonNull;

import jakarta.inject.Inject;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.convene.core.domain.Event;
import org.convene.core.domain.Member;
import org.convene.core.port.MemberRepository;
import org.convene.core.port.TalkRepository;

/** Builds an event's agenda from its slots, the accepted offers and the presenters' names. */
public final class Agendas {

    private final TalkRepository talks;
    private final MemberRepository members;

    @Inject
    public Agendas(TalkRepository talks, MemberRepository members) {
        this.talks = requireNonNull(talks, "talks");
        this.members = requireNonNull(members, "members");
    }

    public Agenda of(Event event) {
        return talks.call(event.id()).map(call -> agenda(event, call)).orElseGet(Agenda::none);
    }

    private Agenda agenda(Event event, TalkCall call) {
        Map<Long, TalkOffer> accepted = talks.offers(event.id()).stream()
                .filter(offer -> offer.state() == OfferState.ACCEPTED)
                .collect(Collectors.toMap(TalkOffer::slotId, Function.identity()));
        Map<Long, String> names = members.byIds(accepted.values().stream().map(TalkOffer::memberId).toList())
                .stream().collect(Collectors.toMap(Member::id, Member::displayName));
        List<Agenda.Entry> entries = call.slots().stream().map(slot -> {
            TalkOffer offer = accepted.get(slot.id());
            return offer == null ? new Agenda.Entry(slot, null, null)
                    : new Agenda.Entry(slot, offer.title(), names.getOrDefault(offer.memberId(), "someone"));
        }).toList();
        return new Agenda(entries, call.autoAccept(), event.zone());
    }
}
