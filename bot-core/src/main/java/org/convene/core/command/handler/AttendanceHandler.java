package org.convene.core.command.handler;

import static java.util.Objects.requireNonNull;

import jakarta.inject.Inject;
import java.util.List;
import org.convene.core.attendance.AttendanceUseCase;
import org.convene.core.attendance.AttendanceUseCase.Roll;
import org.convene.core.attendance.CheckInWindow;
import org.convene.core.command.Command;
import org.convene.core.command.CommandHandler;
import org.convene.core.command.Invocation;
import org.convene.core.domain.Member;
import org.convene.core.port.AttendanceRepository.Sheet;
import org.convene.core.reply.Card;
import org.convene.core.reply.Field;
import org.convene.core.reply.Reply;
import org.convene.core.reply.Text;

/** {@code attendance <id> ...}: an event's check-in code, who came, marks, closing and the no-show waitlist rule. */
public final class AttendanceHandler implements CommandHandler<Command.Attendance> {

    private final AttendanceUseCase attendance;

    @Inject
    public AttendanceHandler(AttendanceUseCase attendance) {
        this.attendance = requireNonNull(attendance, "attendance");
    }

    @Override
    public Class<Command.Attendance> type() {
        return Command.Attendance.class;
    }

    @Override
    public Reply handle(Invocation invocation, Command.Attendance command) {
        long event = command.eventId();
        return switch (command.action()) {
            case LIST -> roll("", attendance.roll(invocation.actor(), event));
            case CODE, NEW_CODE -> code(attendance.code(invocation.actor(), event,
                    command.action() == Command.Attendance.Action.NEW_CODE), command.action());
            case MARK, UNMARK -> {
                boolean came = command.action() == Command.Attendance.Action.MARK;
                AttendanceUseCase.Marked marked = attendance.mark(invocation.actor(), event, command.who(), came);
                String name = marked.member().displayName();
                String said = !marked.changed() ? name + (came ? " was already marked as here. " : " was not marked. ")
                        : came ? "Marked " + name + " as here. " : "Took back " + name + "'s check-in. ";
                yield roll(said, marked.roll());
            }
            case CLOSE -> roll("Attendance is closed. ", attendance.close(invocation.actor(), event));
            case NOSHOWS_BEHIND, NOSHOWS_EQUAL -> Reply.text(attendance.waitBehind(invocation.actor(), event,
                    command.action() == Command.Attendance.Action.NOSHOWS_BEHIND)
                    ? "On #" + event + ", members with a recent no-show wait behind others; the event's card says so."
                    : "On #" + event + ", the waitlist keeps the order of the answers, whoever missed an event.");
        };
    }

    private static Reply code(Sheet sheet, Command.Attendance.Action action) {
        return Reply.text((action == Command.Attendance.Action.NEW_CODE ? "New check-in code" : "Check-in code")
                + " for #" + sheet.eventId() + ": " + sheet.code() + " — show it in the room or on the call. "
                + "Attendees type /meetup checkin " + sheet.eventId() + " " + sheet.code() + " from "
                + CheckInWindow.OPENS_BEFORE.toMinutes() + " minutes before the start until the end"
                + (sheet.closed() ? " (attendance is closed now)." : "."));
    }

    private static Reply roll(String said, Roll roll) {
        String missing = roll.closed() ? "No-shows" : "Not checked in";
        return Reply.text(said + "#" + roll.event().id() + " " + roll.event().title() + ": " + roll.came().size()
                + " came" + (roll.closed() ? ", " + roll.missing().size() + " no-show"
                + (roll.missing().size() == 1 ? "" : "s") + " (attendance closed)." : "."))
                .withCard(new Card("Attendance", Text.of(""), List.of(
                        new Field("Came (" + roll.came().size() + ")", names(roll.came())),
                        new Field(missing + " (" + roll.missing().size() + ")", names(roll.missing()))),
                        List.of(), roll.event().id()));
    }

    private static Text names(List<Member> members) {
        return Text.of(members.isEmpty() ? "nobody"
                : String.join("\n", members.stream().map(Member::displayName).toList()));
    }
}
