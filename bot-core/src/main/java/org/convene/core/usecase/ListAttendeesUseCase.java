package org.convene.core.usecase;

import static java.util.Objects.requireNonNull;

import jakarta.inject.Inject;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.convene.core.domain.Answer;
import org.convene.core.domain.Event;
import org.convene.core.domain.Group;
import org.convene.core.domain.Member;
import org.convene.core.domain.Rsvp;
import org.convene.core.domain.SeatLedger;
import org.convene.core.port.AttendanceRepository;
import org.convene.core.port.MemberRepository;
import org.convene.core.port.RsvpRepository;

/** Who is coming, who waits (in order), who might come and who checked in, for the organizers of the event's group. */
public final class ListAttendeesUseCase {

    /** One person on a list. */
    public record Attendee(Member member, Rsvp rsvp) {
    }

    /** The lists of one event. */
    public record Attendees(Event event, Group group, List<Attendee> confirmed, List<Attendee> waitlist,
                            List<Attendee> maybe, Set<Long> checkedIn) {

        public boolean checkedIn(Attendee attendee) {
            return checkedIn.contains(attendee.member().id());
        }

        public int seatsTaken() {
            return confirmed.stream().mapToInt(attendee -> attendee.rsvp().partySize()).sum();
        }
    }

    private final RsvpRepository rsvps;
    private final MemberRepository members;
    private final Lookups lookups;
    private final Access access;
    private final AttendanceRepository attendance;

    @Inject
    public ListAttendeesUseCase(RsvpRepository rsvps, MemberRepository members, Lookups lookups, Access access,
                                AttendanceRepository attendance) {
        this.attendance = requireNonNull(attendance, "attendance");
        this.rsvps = requireNonNull(rsvps, "rsvps");
        this.members = requireNonNull(members, "members");
        this.lookups = requireNonNull(lookups, "lookups");
        this.access = requireNonNull(access, "access");
    }

    public Attendees list(Actor actor, long eventId) {
        Event event = lookups.event(actor, eventId);
        Group group = lookups.groupOf(event);
        access.requireOrganizer(actor, group, "see who is coming");
        List<Rsvp> all = rsvps.forEvent(eventId);
        Map<Long, Member> byId = members.byIds(all.stream().map(Rsvp::memberId).toList()).stream()
                .collect(Collectors.toMap(Member::id, Function.identity()));
        Function<Rsvp, Attendee> attendee = rsvp -> new Attendee(byId.get(rsvp.memberId()), rsvp);
        List<Attendee> confirmed = all.stream().filter(Rsvp::confirmed).map(attendee)
                .sorted(Comparator.comparing(a -> a.member().displayName().toLowerCase())).toList();
        List<Attendee> waitlist = SeatLedger.of(event, all).waitlist().stream().map(attendee).toList();
        List<Attendee> maybe = all.stream().filter(rsvp -> rsvp.answer() == Answer.MAYBE).map(attendee)
                .sorted(Comparator.comparing(a -> a.member().displayName().toLowerCase())).toList();
        Set<Long> checkedIn = attendance.checkIns(eventId).stream().map(AttendanceRepository.CheckIn::memberId)
                .collect(Collectors.toSet());
        return new Attendees(event, group, confirmed, waitlist, maybe, checkedIn);
    }
}
