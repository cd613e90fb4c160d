package org.convene.core.attendance;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.time.Instant;
import org.convene.core.domain.Answer;
import org.convene.core.domain.Event;
import org.convene.core.domain.Member;
import org.convene.core.domain.Refusal;
import org.convene.core.port.AttendanceRepository.Entry;
import org.convene.core.testing.CoreKit;
import org.convene.core.testing.Events;
import org.convene.core.usecase.Actor;
import org.convene.core.usecase.MemberRef;
import org.convene.core.usecase.RsvpUseCase;
import org.junit.jupiter.api.AutoClose;
import org.junit.jupiter.api.Test;

class AttendanceUseCasesTest {

    @AutoClose
    private final CoreKit kit = new CoreKit();
    private final Actor admin = kit.adminWithGroup("bookclub", "Book Club");
    private final Instant start = CoreKit.START.plus(Duration.ofDays(3));

    private Event post(Instant startsAt, Integer capacity) {
        return kit.postEvent.post(admin, Events.capped("bookclub", startsAt, capacity, 0)).event();
    }

    private Actor going(Event event, String name) {
        Actor member = kit.member(name);
        kit.rsvp.rsvp(member, new RsvpUseCase.Input(event.id(), Answer.GOING, 0));
        return member;
    }

    @Test
    void checkInOpensThirtyMinutesBeforeTheStartAndClosesAtTheEnd() {
        Event event = post(start, 25);
        Actor grace = going(event, "Grace");
        String code = kit.attendance.code(admin, event.id(), false).code();

        kit.clock.set(start.minus(Duration.ofMinutes(31)));
        kit.assertRefusedAndUnchanged(() -> kit.checkIn.checkIn(grace, event.id(), code), "Check-in for \"Book club\" "
                + "opens 30 minutes before it starts; try again then.");
        kit.clock.set(event.endsAt());
        kit.assertRefusedAndUnchanged(() -> kit.checkIn.checkIn(grace, event.id(), code), "\"Book club\" has ended, so "
                + "check-in is over; ask an organizer to mark you.");

        kit.clock.set(start.minus(Duration.ofMinutes(30)));
        assertThat(kit.checkIn.checkIn(grace, event.id(), code.toLowerCase()).already()).isFalse();
        assertThat(kit.attendance.roll(admin, event.id()).came()).extracting(Member::displayName)
                .containsExactly("Grace");
    }

    @Test
    void aWrongCodeIsRefusedAndChangesNothing() {
        Event event = post(start, 25);
        Actor grace = going(event, "Grace");
        kit.attendance.code(admin, event.id(), false);
        kit.clock.set(start);

        kit.assertRefusedAndUnchanged(() -> kit.checkIn.checkIn(grace, event.id(), "WRONG"), "That is not the check-in "
                + "code of \"Book club\"; type the letters the organizers show, like /meetup checkin " + event.id()
                + " KXMTP.");
    }

    @Test
    void onlyConfirmedAttendeesCheckIn() {
        Event event = post(start, 1);
        going(event, "Grace");
        Actor linus = going(event, "Linus");
        String code = kit.attendance.code(admin, event.id(), false).code();
        kit.clock.set(start);

        kit.assertRefusedAndUnchanged(() -> kit.checkIn.checkIn(linus, event.id(), code), "Only confirmed attendees "
                + "check in, and you hold no seat at \"Book club\" (you are on its waitlist); an organizer can mark "
                + "you if you are there.");
    }

    @Test
    void checkingInTwiceIsFine() {
        Event event = post(start, 25);
        Actor grace = going(event, "Grace");
        String code = kit.attendance.code(admin, event.id(), false).code();
        kit.clock.set(start);

        kit.checkIn.checkIn(grace, event.id(), code);

        assertThat(kit.checkIn.checkIn(grace, event.id(), code).already()).isTrue();
        assertThat(kit.attendance.roll(admin, event.id()).came()).hasSize(1);
    }

    @Test
    void aNewCodeReplacesTheOldOne() {
        Event event = post(start, 25);
        Actor grace = going(event, "Grace");
        String old = kit.attendance.code(admin, event.id(), false).code();
        assertThat(kit.attendance.code(admin, event.id(), false).code()).isEqualTo(old);
        String fresh = kit.attendance.code(admin, event.id(), true).code();
        kit.clock.set(start);

        assertThat(fresh).matches("[" + CheckInCodes.LETTERS + "]{5}");
        if (!fresh.equals(old)) {
            assertThatThrownBy(() -> kit.checkIn.checkIn(grace, event.id(), old)).isInstanceOf(Refusal.class);
        }
        assertThat(kit.checkIn.checkIn(grace, event.id(), fresh).already()).isFalse();
    }

    @Test
    void organizersMarkAndUnmarkPeopleAndOthersMayNot() {
        Event event = post(start, 25);
        Actor grace = going(event, "Grace");
        going(event, "Linus");
        kit.clock.set(start.plus(Duration.ofMinutes(10)));

        AttendanceUseCase.Marked marked = kit.attendance.mark(admin, event.id(), new MemberRef.ByName("Linus"), true);
        assertThat(marked.changed()).isTrue();
        assertThat(marked.roll().came()).extracting(Member::displayName).containsExactly("Linus");
        assertThat(marked.roll().missing()).extracting(Member::displayName).containsExactly("Grace");
        assertThat(kit.attendance.mark(admin, event.id(), new MemberRef.ByName("Linus"), false).roll().came())
                .isEmpty();
        kit.assertRefusedAndUnchanged(() -> kit.attendance.mark(grace, event.id(), new MemberRef.ByName("Grace"),
                true), "Only organizers of Book Club can mark who came.");
    }

    @Test
    void closingMakesTheConfirmedWhoDidNotCheckInNoShows() {
        Event event = post(start, 25);
        Actor grace = going(event, "Grace");
        going(event, "Linus");
        String code = kit.attendance.code(admin, event.id(), false).code();
        kit.clock.set(start.minus(Duration.ofMinutes(5)));
        kit.checkIn.checkIn(grace, event.id(), code);
        kit.assertRefusedAndUnchanged(() -> kit.attendance.close(admin, event.id()), "\"Book club\" has not started "
                + "yet; close attendance once it has, since whoever has not checked in by then counts as a no-show.");

        kit.clock.set(start.plus(Duration.ofMinutes(20)));
        AttendanceUseCase.Roll roll = kit.attendance.close(admin, event.id());

        assertThat(roll.closed()).isTrue();
        assertThat(roll.missing()).extracting(Member::displayName).containsExactly("Linus");
        Actor linus = kit.member("Linus");
        kit.assertRefusedAndUnchanged(() -> kit.checkIn.checkIn(linus, event.id(), code), "The organizers have "
                + "closed attendance for \"Book club\"; ask one of them to mark you.");
        assertThat(kit.attendanceRecord.mine(linus).countingNoShows()).isEqualTo(1);
        assertThat(kit.attendanceRecord.mine(grace).countingNoShows()).isZero();

        kit.attendance.mark(admin, event.id(), new MemberRef.ByName("Linus"), true);
        assertThat(kit.attendanceRecord.mine(linus).countingNoShows()).isZero();
    }

    @Test
    void aMemberSeesTheirOwnRecordAndNoShowsStopCountingAfterTheExpiry() {
        Event first = post(start, 25);
        Event second = post(start.plus(Duration.ofDays(7)), 25);
        Actor linus = going(first, "Linus");
        going(second, "Linus");
        kit.clock.set(first.startsAt().plus(Duration.ofHours(1)));
        kit.attendance.close(admin, first.id());
        kit.clock.set(second.startsAt().plus(Duration.ofMinutes(10)));
        kit.attendance.mark(admin, second.id(), new MemberRef.ByName("Linus"), true);

        AttendanceRecordUseCase.Record record = kit.attendanceRecord.mine(linus);
        assertThat(record.entries()).extracting(Entry::eventId, Entry::came, Entry::noShow)
                .containsExactly(org.assertj.core.groups.Tuple.tuple(second.id(), true, false),
                        org.assertj.core.groups.Tuple.tuple(first.id(), false, true));
        assertThat(record.countingNoShows()).isEqualTo(1);
        assertThat(record.expiryDays()).isEqualTo(NoShowExpiry.DEFAULT_DAYS);

        kit.attendanceRecord.changeExpiry(admin, 5);
        assertThat(kit.attendanceRecord.mine(linus).countingNoShows()).isZero();
        assertThat(kit.attendanceRecord.mine(linus).entries()).hasSize(2);
    }

    @Test
    void onlyAdminsSetHowLongANoShowCounts() {
        Actor grace = kit.member("Grace");
        kit.assertRefusedAndUnchanged(() -> kit.attendanceRecord.changeExpiry(grace, 90),
                "Only community admins can change how long a no-show counts.");
        kit.assertRefusedAndUnchanged(() -> kit.attendanceRecord.changeExpiry(admin, 0), "A no-show can count from 1 "
                + "to 3650 days; you asked for 0. Type, for example, /meetup attendance expiry=90d.");

        kit.attendanceRecord.changeExpiry(admin, 90);

        assertThat(kit.attendanceRecord.expiryDays(grace)).isEqualTo(90);
    }

    @Test
    void linkingTwoAccountsKeepsTheCheckInsOfTheAccountThatJoins() {
        Event event = post(start, 25);
        Actor other = kit.member("Grace Elsewhere");
        kit.rsvp.rsvp(other, new RsvpUseCase.Input(event.id(), Answer.GOING, 0));
        String code = kit.attendance.code(admin, event.id(), false).code();
        kit.clock.set(start);
        kit.checkIn.checkIn(other, event.id(), code);
        Actor grace = kit.member("Grace");

        kit.linkIdentity.link(other, kit.issueLinkCode.issue(grace, org.convene.core.domain.LinkCode.Purpose.IDENTITY)
                .code());

        assertThat(kit.attendanceRecords.checkIns(event.id())).extracting(
                org.convene.core.port.AttendanceRepository.CheckIn::memberId).containsExactly(grace.memberId());
    }
}
