package org.convene.core.attendance;

import static java.util.Objects.requireNonNull;

import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.convene.core.domain.Event;
import org.convene.core.domain.Member;
import org.convene.core.domain.Refusal;
import org.convene.core.domain.Rsvp;
import org.convene.core.port.AttendanceRepository;
import org.convene.core.port.AttendanceRepository.Sheet;
import org.convene.core.port.MemberRepository;
import org.convene.core.port.RsvpRepository;
import org.convene.core.port.Transactions;
import org.convene.core.usecase.Access;
import org.convene.core.usecase.Actor;
import org.convene.core.usecase.Lookups;
import org.convene.core.usecase.MemberRef;
import org.convene.core.usecase.Members;

/**
 * An event's attendance for its organizers: the check-in code, who came and who has not, marking people by hand, and
 * closing attendance, after which every confirmed attendee who did not check in is a no-show.
 */
public final class AttendanceUseCase {

    /** Who came and who has not (once closed: the no-shows) among those holding a seat, by name. */
    public record Roll(Event event, Sheet sheet, List<Member> came, List<Member> missing) {
        public boolean closed() {
            return sheet != null && sheet.closed();
        }
    }

    /** A mark or unmark: whom, and whether it changed anything. */
    public record Marked(Member member, boolean changed, Roll roll) {
    }

    private final AttendanceRepository attendance;
    private final RsvpRepository rsvps;
    private final MemberRepository members;
    private final Members people;
    private final Lookups lookups;
    private final Access access;
    private final CheckInCodes codes;
    private final Transactions transactions;
    private final Clock clock;

    @Inject
    public AttendanceUseCase(AttendanceRepository attendance, RsvpRepository rsvps, MemberRepository members,
                             Members people, Lookups lookups, Access access, CheckInCodes codes,
                             Transactions transactions, Clock clock) {
        this.transactions = requireNonNull(transactions, "transactions");
        this.attendance = requireNonNull(attendance, "attendance");
        this.rsvps = requireNonNull(rsvps, "rsvps");
        this.members = requireNonNull(members, "members");
        this.people = requireNonNull(people, "people");
        this.lookups = requireNonNull(lookups, "lookups");
        this.access = requireNonNull(access, "access");
        this.codes = requireNonNull(codes, "codes");
        this.clock = requireNonNull(clock, "clock");
    }

    /** The event's check-in code, made on first use; {@code fresh} replaces it, so the old one stops working. */
    public Sheet code(Actor actor, long eventId, boolean fresh) {
        Event event = organizedEvent(actor, eventId, "show its check-in code");
        return fresh ? attendance.replaceCode(event.id(), codes.next())
                : attendance.sheetOrNew(event.id(), codes.next());
    }

    public Roll roll(Actor actor, long eventId) {
        return roll(organizedEvent(actor, eventId, "see who came"));
    }

    /** Records by hand that someone came ({@code came}) or takes it back; from the opening of check-in on. */
    public Marked mark(Actor actor, long eventId, MemberRef who, boolean came) {
        Event event = organizedEvent(actor, eventId, "mark who came");
        Instant now = clock.instant();
        if (!CheckInWindow.opened(event, now)) {
            throw Refusal.conflict("Check-in for \"" + event.title() + "\" opens "
                    + CheckInWindow.OPENS_BEFORE.toMinutes() + " minutes before it starts; mark people from then on.");
        }
        Member member = people.resolve(actor, who);
        boolean changed = came ? attendance.checkIn(event.id(), member.id(), now, actor.memberId())
                : attendance.uncheck(event.id(), member.id());
        return new Marked(member, changed, roll(event));
    }

    /** Closes attendance once the event has started: confirmed attendees who did not check in become no-shows. */
    public Roll close(Actor actor, long eventId) {
        Event event = organizedEvent(actor, eventId, "close attendance");
        Instant now = clock.instant();
        if (!event.started(now)) {
            throw Refusal.conflict("\"" + event.title() + "\" has not started yet; close attendance once it has, "
                    + "since whoever has not checked in by then counts as a no-show.");
        }
        attendance.close(event.id(), codes.next(), now);
        return roll(event);
    }

    /**
     * Sets whether members with a recent no-show wait behind the others for this event; only before anyone answers,
     * so the rule is on the event's card before the first answer. The event's row is locked meanwhile, so no first
     * answer slips in between the check and the change.
     */
    public boolean waitBehind(Actor actor, long eventId, boolean behind) {
        organizedEvent(actor, eventId, "choose its waitlist rule");
        return transactions.inTransaction(() -> {
            Event event = lookups.lockedEvent(actor, eventId);
            if (event.noShowsBehind() == behind) {
                return behind;
            }
            if (attendance.answers(event.id()) > 0) {
                throw Refusal.conflict("Members have already answered \"" + event.title() + "\"; the no-show rule "
                        + "can only change before anyone answers, so nobody meets it unannounced.");
            }
            attendance.setNoShowsBehind(event.id(), behind);
            return behind;
        });
    }

    private Event organizedEvent(Actor actor, long eventId, String what) {
        Event event = lookups.event(actor, eventId);
        access.requireOrganizer(actor, lookups.groupOf(event), what);
        return event;
    }

    private Roll roll(Event event) {
        Sheet sheet = attendance.sheet(event.id()).orElse(null);
        Set<Long> came = attendance.checkIns(event.id()).stream().map(AttendanceRepository.CheckIn::memberId)
                .collect(Collectors.toSet());
        List<Long> missing = rsvps.forEvent(event.id()).stream().filter(Rsvp::confirmed).map(Rsvp::memberId)
                .filter(member -> !came.contains(member)).toList();
        return new Roll(event, sheet, named(List.copyOf(came)), named(missing));
    }

    private List<Member> named(List<Long> ids) {
        return ids.isEmpty() ? List.of() : members.byIds(ids).stream()
                .sorted(Comparator.comparing((Member member) -> member.displayName().toLowerCase())
                        .thenComparingLong(Member::id)).toList();
    }
}
