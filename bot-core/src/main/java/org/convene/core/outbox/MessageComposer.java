package org.convene.core.outbox;

import static java.util.Objects.requireNonNull;

import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.convene.core.command.EventCards;
import org.convene.core.command.PollCards;
import org.convene.core.domain.ChannelRef;
import org.convene.core.domain.DatePoll;
import org.convene.core.domain.Event;
import org.convene.core.domain.Group;
import org.convene.core.domain.LinkReveal;
import org.convene.core.domain.Rsvp;
import org.convene.core.domain.SpaceRef;
import org.convene.core.port.CommunityRepository;
import org.convene.core.port.EventRepository;
import org.convene.core.port.GroupRepository;
import org.convene.core.port.OutboxRepository;
import org.convene.core.port.PollRepository;
import org.convene.core.port.RsvpRepository;
import org.convene.core.reply.Card;
import org.convene.core.reply.Reply;
import org.convene.core.reply.Text;
import org.convene.core.usecase.DatePollUseCase;
import org.convene.core.usecase.EventDetails;

/**
 * Writes an outbox message's words at the moment it is sent, from the state then: a reminder for a cancelled event,
 * or a link for someone no longer confirmed, is not sent at all. The private link only ever goes into a direct
 * message to a confirmed attendee once it is revealed, never into a channel; a change notice leaves it out too,
 * since a changed link goes in a message of its own.
 */
public final class MessageComposer {

    /** The kinds a feature's own {@link KindComposer} writes; the others are about an event and written here. */
    private static final Set<MessageKind> FEATURE_KINDS = EnumSet.of(MessageKind.PROPOSAL_RECEIVED,
            MessageKind.PROPOSAL_DECIDED, MessageKind.GROUP_OPENED, MessageKind.TALK_OFFERED,
            MessageKind.TALK_ANSWERED);

    private final EventRepository events;
    private final GroupRepository groups;
    private final RsvpRepository rsvps;
    private final OutboxRepository outbox;
    private final CommunityRepository communities;
    private final Clock clock;
    private final ReminderMutes mutes;
    private final PollRepository polls;
    private final Map<MessageKind, KindComposer> composers = new EnumMap<>(MessageKind.class);

    /** Without the features' composers: proposal messages go out as queued, talk messages not at all. */
    public MessageComposer(EventRepository events, GroupRepository groups, RsvpRepository rsvps,
                           OutboxRepository outbox, CommunityRepository communities, PollRepository polls,
                           Clock clock) {
        this(events, groups, rsvps, outbox, communities, polls, clock, ReminderMutes.NONE,
                Set.of(KindComposer.asQueued(EnumSet.of(MessageKind.PROPOSAL_RECEIVED, MessageKind.PROPOSAL_DECIDED,
                        MessageKind.GROUP_OPENED))));
    }

    /** With each feature's composer of its own kinds of message; two for one kind are refused. */
    @Inject
    public MessageComposer(EventRepository events, GroupRepository groups, RsvpRepository rsvps,
                           OutboxRepository outbox, CommunityRepository communities, PollRepository polls,
                           Clock clock, ReminderMutes mutes, Set<KindComposer> composers) {
        this.events = requireNonNull(events, "events");
        this.groups = requireNonNull(groups, "groups");
        this.rsvps = requireNonNull(rsvps, "rsvps");
        this.outbox = requireNonNull(outbox, "outbox");
        this.communities = requireNonNull(communities, "communities");
        this.polls = requireNonNull(polls, "polls");
        this.clock = requireNonNull(clock, "clock");
        this.mutes = requireNonNull(mutes, "mutes");
        for (KindComposer composer : composers) {
            for (MessageKind kind : composer.kinds()) {
                if (this.composers.containsKey(kind) || !FEATURE_KINDS.contains(kind)) {
                    throw new IllegalArgumentException("two composers, or a composer of the core's own messages, "
                            + "for " + kind);
                }
                this.composers.put(kind, composer);
            }
        }
    }

    /** The delivery for {@code message}, or empty (with the reason) when it should no longer be sent. */
    public Composed compose(OutboxMessage message) {
        if (!communities.isSpaceActive(new SpaceRef(message.platform(), message.spaceId()))) {
            return skip("the app was removed from that space");
        }
        if (message.kind() == MessageKind.DIGEST) {
            return digest(message);
        }
        if (message.kind() == MessageKind.POLL) {
            return poll(message);
        }
        if (message.kind() == MessageKind.DELIVERY_FAILED || message.kind() == MessageKind.SPACE_REMOVED) {
            return send(message, Reply.text(message.detail()));
        }
        if (FEATURE_KINDS.contains(message.kind())) {
            KindComposer composer = composers.get(message.kind());
            return composer == null ? skip("nothing here composes " + message.kind() + " messages")
                    : composer.compose(message).map(reply -> send(message, reply))
                    .orElseGet(() -> skip(composer.skipReason()));
        }
        Event event = events.byId(message.eventId()).orElseThrow();
        Group group = groups.byId(event.groupId()).orElseThrow();
        Instant now = clock.instant();
        Optional<Rsvp> rsvp = message.memberId() == null ? Optional.empty()
                : rsvps.find(event.id(), message.memberId());
        boolean confirmed = rsvp.map(Rsvp::confirmed).orElse(false);
        boolean linkVisible = !message.kind().toChannel() && LinkReveal.visibleTo(event, rsvp.orElse(null),
                communities.byId(message.communityId()).orElseThrow().leads().linkReveal(), now);
        boolean behind = event.capped() && event.noShowsBehind();
        Card card = EventCards.card(new EventDetails(event, group, rsvp, 0, 0,
                linkVisible ? Optional.of(event.privateLink()) : Optional.empty(), false, behind));
        boolean over = event.cancelled() || event.started(now);
        return switch (message.kind()) {
            case ANNOUNCEMENT -> over ? skip("the event is cancelled or under way")
                    : send(message, Reply.of(Text.builder().plain("New event in " + group.name() + ": ")
                    .strong(event.title()).plain(", ").time(event.startsAt()).build()).withCard(card).publicly());
            case CHANGE_NOTICE, CHANGED -> send(message, Reply.of(Text.builder().strong(event.title())
                    .plain(" has changed: ").text(ChangeDetail.text(message.detail())).plain(".").build())
                    .withCard(EventCards.card(new EventDetails(event, group, rsvp, 0, 0, Optional.empty(), false,
                            behind))));
            case CANCELLATION_NOTICE, CANCELLED -> send(message, Reply.of(Text.builder().strong(event.title())
                    .plain(" on ").time(event.startsAt()).plain(" is cancelled"
                            + (message.detail().isEmpty() ? "." : ": " + message.detail())).build()));
            case PROMOTED -> !confirmed || over ? skip("no longer confirmed, or the event is over")
                    : send(message, Reply.of(Text.builder().plain("A seat freed up: you're now going to ")
                    .strong(event.title()).plain(", ").time(event.startsAt()).plain(".").build()).withCard(card));
            case PRIVATE_LINK -> !linkVisible || over ? skip("not confirmed, no link, or the event is over")
                    : send(message, Reply.of(Text.builder().plain("Your link for ").strong(event.title())
                    .plain(", starting ").time(event.startsAt()).plain(": ").link(event.privateLink(),
                            event.privateLink()).plain(" — please keep it to yourself.").build()));
            case CHANNEL_REMINDER -> over ? skip("the event is cancelled or under way")
                    : send(message, Reply.of(Text.builder().plain("Coming up: ").strong(event.title()).plain(", ")
                    .time(event.startsAt()).plain(".").build()).withCard(card).publicly());
            case MEMBER_REMINDER -> !confirmed || over ? skip("not confirmed, or the event is over")
                    : mutes.muted(message.memberId(), group.id()) ? skip("the member muted this group's reminders")
                    : send(message, Reply.of(Text.builder().plain("Starting soon: ").strong(event.title())
                    .plain(" at ").timeOfDay(event.startsAt()).plain(".").build()).withCard(card));
            case POLL_DECIDED -> over ? skip("the event is cancelled or under way")
                    : send(message, Reply.of(Text.builder().plain("The date is set for ").strong(event.title())
                    .plain(", whose poll you answered: ").time(event.startsAt()).plain(". Say whether you're coming.")
                    .build()).withCard(card));
            case CALENDAR -> new Composed(Optional.of(new Delivery(message.dedupeKey(), new Target.Calendar(
                    message.platform(), message.spaceId(), mirrored(event)), Reply.text(event.title()),
                    outbox.lastReference(event.id(), MessageKind.CALENDAR, message.platform(),
                            message.spaceId()).orElse(null))), "");
            case DIGEST, DELIVERY_FAILED, SPACE_REMOVED, PROPOSAL_RECEIVED, PROPOSAL_DECIDED, GROUP_OPENED, POLL,
                 TALK_OFFERED, TALK_ANSWERED ->
                    throw new IllegalStateException("handled above");
        };
    }

    private Composed digest(OutboxMessage message) {
        Group group = groups.byId(message.groupId()).orElseThrow();
        Instant from = message.dueAt();
        List<Event> week = events.upcoming(group.communityId(), group.id(), from, 20, 0).stream()
                .filter(event -> event.startsAt().isBefore(from.plus(Duration.ofDays(7)))).toList();
        if (week.isEmpty()) {
            return skip("no events this week");
        }
        Reply reply = Reply.text("This week in " + group.name() + ":").publicly();
        for (Event event : week) {
            reply = reply.withCard(EventCards.card(new EventDetails(event, group, Optional.empty(), 0, 0,
                    Optional.empty(), false)));
        }
        return send(message, reply);
    }

    /** A new date poll's card in a channel, with the counts at the moment it is sent; none once it is closed. */
    private Composed poll(OutboxMessage message) {
        Optional<DatePoll> poll = polls.byId(Long.parseLong(message.detail()));
        if (poll.isEmpty() || poll.get().closed()) {
            return skip("the poll is closed");
        }
        Group group = groups.byId(poll.get().groupId()).orElseThrow();
        DatePollUseCase.PollView view = new DatePollUseCase.PollView(poll.get(), group, Set.of(), false,
                communities.byId(message.communityId()).orElseThrow().zone());
        return send(message, Reply.of(Text.builder().plain("Which date suits you for ").strong(poll.get().title())
                .plain(" in " + group.name() + "?").build()).withCard(PollCards.channelCard(view)).publicly());
    }

    private static Target.MirroredEvent mirrored(Event event) {
        String location = event.venue() != null ? event.venue() : event.onlineUrl() != null ? event.onlineUrl()
                : "To be announced";
        return new Target.MirroredEvent(event.id(), event.title(), event.description(), event.startsAt(),
                event.endsAt(), location, event.cancelled());
    }

    private static Composed send(OutboxMessage message, Reply reply) {
        Target target = message.kind().toChannel()
                ? new Target.Channel(new ChannelRef(message.platform(), message.spaceId(), message.channelId()))
                : new Target.Direct(message.platform(), message.spaceId(), message.userId());
        return new Composed(Optional.of(new Delivery(message.dedupeKey(), target, reply, null)), "");
    }

    private static Composed skip(String reason) {
        return new Composed(Optional.empty(), reason);
    }

    /** A delivery to make, or none with the reason. */
    public record Composed(Optional<Delivery> delivery, String skipReason) {
    }
}
