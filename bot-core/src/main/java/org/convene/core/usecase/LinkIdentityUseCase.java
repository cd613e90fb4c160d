package org.convene.core.usecase;

import static java.util.Objects.requireNonNull;

import jakarta.inject.Inject;
import java.time.Clock;
import org.convene.core.domain.Answer;
import org.convene.core.domain.LinkCode;
import org.convene.core.domain.Member;
import org.convene.core.domain.Refusal;
import org.convene.core.domain.Rsvp;
import org.convene.core.port.EventRepository;
import org.convene.core.port.LinkCodeRepository;
import org.convene.core.port.MemberRepository;
import org.convene.core.port.RsvpRepository;
import org.convene.core.port.Transactions;

/**
 * Ties the asker's identity to the member who issued a code, so one person has one RSVP list on both platforms.
 * Where both had answered the same event, the code issuer's answer stands and the other one's seats are freed.
 */
public final class LinkIdentityUseCase {

    private final Transactions transactions;
    private final LinkCodeRepository codes;
    private final MemberRepository members;
    private final RsvpRepository rsvps;
    private final EventRepository events;
    private final SeatKeeper seats;
    private final Clock clock;

    @Inject
    public LinkIdentityUseCase(Transactions transactions, LinkCodeRepository codes, MemberRepository members,
                               RsvpRepository rsvps, EventRepository events, SeatKeeper seats, Clock clock) {
        this.transactions = requireNonNull(transactions, "transactions");
        this.codes = requireNonNull(codes, "codes");
        this.members = requireNonNull(members, "members");
        this.rsvps = requireNonNull(rsvps, "rsvps");
        this.events = requireNonNull(events, "events");
        this.seats = requireNonNull(seats, "seats");
        this.clock = requireNonNull(clock, "clock");
    }

    /** Returns the member both identities now belong to. */
    public Member link(Actor actor, String typedCode) {
        return transactions.inTransaction(() -> {
            LinkCode code = codes.take(LinkCodes.normalize(typedCode), LinkCode.Purpose.IDENTITY, clock.instant())
                    .orElseThrow(() -> Refusal.notFound("The code " + typedCode + " is unknown or has expired. "
                            + "Type /meetup link on your other account to get a new one."));
            if (code.communityId() != actor.communityId()) {
                throw Refusal.conflict("That code belongs to another community. An admin must first join the two "
                        + "spaces with /meetup link-space.");
            }
            if (code.memberId() == actor.memberId()) {
                throw Refusal.conflict("Those are already the same account; type the code on your other account.");
            }
            for (Rsvp duplicate : rsvps.upcomingOf(actor.memberId(), java.time.Instant.EPOCH)) {
                if (rsvps.find(duplicate.eventId(), code.memberId()).isPresent()) {
                    events.lockById(duplicate.eventId()).ifPresent(event ->
                            seats.answer(event, actor.memberId(), Answer.NOT_GOING, 0));
                }
            }
            members.merge(actor.memberId(), code.memberId());
            return members.byId(code.memberId()).orElseThrow();
        });
    }
}
