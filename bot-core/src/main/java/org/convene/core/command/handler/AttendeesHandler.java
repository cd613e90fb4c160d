package org.convene.core.command.handler;

import static java.util.Objects.requireNonNull;

import jakarta.inject.Inject;
import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.util.List;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.convene.core.command.Command;
import org.convene.core.command.CommandHandler;
import org.convene.core.command.Invocation;
import org.convene.core.reply.Attachment;
import org.convene.core.reply.Card;
import org.convene.core.reply.Field;
import org.convene.core.reply.Reply;
import org.convene.core.reply.Text;
import org.convene.core.usecase.ListAttendeesUseCase;
import org.convene.core.usecase.ListAttendeesUseCase.Attendee;

/** {@code attendees <id> [csv]}: who is coming, the waitlist in order, who might come; optionally as a CSV file. */
public final class AttendeesHandler implements CommandHandler<Command.Attendees> {

    private final ListAttendeesUseCase listAttendees;

    @Inject
    public AttendeesHandler(ListAttendeesUseCase listAttendees) {
        this.listAttendees = requireNonNull(listAttendees, "listAttendees");
    }

    @Override
    public Class<Command.Attendees> type() {
        return Command.Attendees.class;
    }

    @Override
    public Reply handle(Invocation invocation, Command.Attendees command) {
        ListAttendeesUseCase.Attendees attendees = listAttendees.list(invocation.actor(), command.eventId());
        String seats = attendees.event().capped() ? attendees.seatsTaken() + " of " + attendees.event().capacity()
                + " seats taken" : attendees.seatsTaken() + " seats taken, no limit";
        Reply reply = Reply.text("#" + attendees.event().id() + " " + attendees.event().title() + ": " + seats + ".")
                .withCard(new Card("Attendees", Text.of(""), List.of(
                        new Field("Going (" + attendees.confirmed().size() + ")", names(attendees.confirmed(), false)),
                        new Field("Waitlist (" + attendees.waitlist().size() + ")", names(attendees.waitlist(), true)),
                        new Field("Maybe (" + attendees.maybe().size() + ")", names(attendees.maybe(), false))),
                        List.of(), attendees.event().id()));
        return command.csv() ? reply.withAttachment(new Attachment("event-" + attendees.event().id()
                + "-attendees.csv", "text/csv", csv(attendees))) : reply;
    }

    private static Text names(List<Attendee> people, boolean numbered) {
        if (people.isEmpty()) {
            return Text.of("nobody");
        }
        StringBuilder out = new StringBuilder();
        for (int index = 0; index < people.size(); index++) {
            Attendee attendee = people.get(index);
            out.append(index == 0 ? "" : "\n").append(numbered ? (index + 1) + ". " : "")
                    .append(attendee.member().displayName())
                    .append(attendee.rsvp().guests() > 0 ? " +" + attendee.rsvp().guests() : "");
        }
        return Text.of(out.toString());
    }

    private static String came(ListAttendeesUseCase.Attendees attendees, Attendee attendee) {
        return attendees.checkedIn(attendee) ? "yes" : "no";
    }

    static String csv(ListAttendeesUseCase.Attendees attendees) {
        StringWriter out = new StringWriter();
        try (CSVPrinter printer = new CSVPrinter(out, CSVFormat.DEFAULT.builder()
                .setHeader("name", "status", "guests", "waitlist_position", "responded_at", "checked_in").get())) {
            for (Attendee attendee : attendees.confirmed()) {
                printer.printRecord(SpreadsheetCells.text(attendee.member().displayName()), "going",
                        attendee.rsvp().guests(), "", attendee.rsvp().respondedAt(), came(attendees, attendee));
            }
            for (int index = 0; index < attendees.waitlist().size(); index++) {
                Attendee attendee = attendees.waitlist().get(index);
                printer.printRecord(SpreadsheetCells.text(attendee.member().displayName()), "waitlisted",
                        attendee.rsvp().guests(), index + 1, attendee.rsvp().respondedAt(), came(attendees, attendee));
            }
            for (Attendee attendee : attendees.maybe()) {
                printer.printRecord(SpreadsheetCells.text(attendee.member().displayName()), "maybe", 0, "",
                        attendee.rsvp().respondedAt(), came(attendees, attendee));
            }
        } catch (IOException failure) {
            throw new UncheckedIOException(failure);
        }
        return out.toString();
    }
}
