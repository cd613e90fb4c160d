package org.convene.core.talk;

import static java.util.Objects.requireNonNull;

import jakarta.inject.Inject;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.convene.core.domain.Event;
import org.convene.core.outbox.KindComposer;
import org.convene.core.outbox.MessageKind;
import org.convene.core.outbox.OutboxMessage;
import org.convene.core.port.EventRepository;
import org.convene.core.port.MemberRepository;
import org.convene.core.port.TalkRepository;
import org.convene.core.reply.Button;
import org.convene.core.reply.Card;
import org.convene.core.reply.Field;
import org.convene.core.reply.Reply;
import org.convene.core.reply.Text;

/**
 * The words of the talk messages, composed when they are sent from the offer as it then stands: an organizer hears of
 * an offer (with Accept and Decline buttons while it waits), a presenter hears the organizers' answer. A message about
 * an offer that is gone, withdrawn, or for an event that is over, is not sent.
 */
public final class TalkMessages implements KindComposer {

    private final TalkRepository talks;
    private final EventRepository events;
    private final MemberRepository members;
    private final Clock clock;

    @Inject
    public TalkMessages(TalkRepository talks, EventRepository events, MemberRepository members, Clock clock) {
        this.talks = requireNonNull(talks, "talks");
        this.events = requireNonNull(events, "events");
        this.members = requireNonNull(members, "members");
        this.clock = requireNonNull(clock, "clock");
    }

    @Override
    public Set<MessageKind> kinds() {
        return Set.of(MessageKind.TALK_OFFERED, MessageKind.TALK_ANSWERED);
    }

    @Override
    public String skipReason() {
        return "the offer is gone, withdrawn or settled, or its event is over";
    }

    @Override
    public Optional<Reply> compose(OutboxMessage message) {
        Optional<TalkOffer> found = message.detail().matches("\\d{1,18}")
                ? talks.offer(Long.parseLong(message.detail())) : Optional.empty();
        Optional<Event> event = found.flatMap(offer -> events.byId(offer.eventId()));
        if (found.isEmpty() || event.isEmpty() || event.get().cancelled() || event.get().started(clock.instant())
                || found.get().state() == OfferState.WITHDRAWN) {
            return Optional.empty();
        }
        TalkOffer offer = found.get();
        Optional<TalkSlot> slot = talks.call(offer.eventId()).flatMap(call -> call.slots().stream()
                .filter(candidate -> candidate.id() == offer.slotId()).findFirst());
        if (slot.isEmpty()) {
            return Optional.empty();
        }
        return message.kind() == MessageKind.TALK_OFFERED ? Optional.of(offered(event.get(), offer, slot.get()))
                : answered(event.get(), offer, slot.get());
    }

    private Reply offered(Event event, TalkOffer offer, TalkSlot slot) {
        String presenter = members.byId(offer.memberId()).map(member -> member.displayName()).orElse("Someone");
        List<Button> buttons = new ArrayList<>();
        if (offer.state() == OfferState.PENDING) {
            buttons.add(new Button("Accept", "talk accept " + offer.id(), Button.Style.PRIMARY));
            buttons.add(new Button("Decline", "talk decline " + offer.id(), Button.Style.DANGER));
        }
        String state = switch (offer.state()) {
            case PENDING -> "waiting for an organizer";
            case ACCEPTED -> "accepted";
            case DECLINED -> "declined";
            case WITHDRAWN -> "withdrawn";
        };
        Card card = new Card("Talk offer #" + offer.id() + ": " + offer.title(), Text.of(offer.description()),
                List.of(new Field("Event", Text.builder().plain("#" + event.id() + " " + event.title() + ", ")
                                .time(event.startsAt()).build()),
                        new Field("Slot", Text.builder().plain(slot.label() + ", ").timeOfDay(slot.startsAt())
                                .plain("–").timeOfDay(slot.endsAt()).build()),
                        new Field("From", Text.of(presenter)), new Field("State", Text.of(state))),
                buttons, 0);
        return Reply.of(Text.builder().plain(presenter + " offers a talk for ").strong(event.title()).plain(".")
                .build()).withCard(card);
    }

    private Optional<Reply> answered(Event event, TalkOffer offer, TalkSlot slot) {
        return switch (offer.state()) {
            case ACCEPTED -> Optional.of(Reply.of(Text.builder().plain("Your talk \u201C" + offer.title()
                    + "\u201D is accepted for " + slot.label() + " of ").strong(event.title()).plain(", ")
                    .timeOfDay(slot.startsAt()).plain(". You hold a seat; to withdraw, type /meetup talk withdraw "
                            + offer.id() + ".").build()));
            case DECLINED -> Optional.of(Reply.of(Text.builder().plain("Your talk \u201C" + offer.title()
                    + "\u201D for ").strong(event.title()).plain(" was declined"
                    + (offer.reason() == null ? "." : ": " + offer.reason())).build()));
            case PENDING, WITHDRAWN -> Optional.empty();
        };
    }
}
