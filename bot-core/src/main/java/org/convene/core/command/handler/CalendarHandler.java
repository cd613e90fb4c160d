package org.convene.core.command.handler;

import static java.util.Objects.requireNonNull;

import jakarta.inject.Inject;
import org.convene.core.command.Command;
import org.convene.core.command.CommandHandler;
import org.convene.core.command.Invocation;
import org.convene.core.programme.PersonalCalendarUseCase;
import org.convene.core.programme.PublicAddresses;
import org.convene.core.reply.Reply;

/**
 * {@code calendar [reset]}: gives the asker, privately, the https and webcal addresses of their personal calendar
 * feed; the secret is shown once, so asking again says how to get a new one.
 */
public final class CalendarHandler implements CommandHandler<Command.Calendar> {

    private final PersonalCalendarUseCase calendars;
    private final PublicAddresses addresses;

    @Inject
    public CalendarHandler(PersonalCalendarUseCase calendars, PublicAddresses addresses) {
        this.calendars = requireNonNull(calendars, "calendars");
        this.addresses = requireNonNull(addresses, "addresses");
    }

    @Override
    public Class<Command.Calendar> type() {
        return Command.Calendar.class;
    }

    @Override
    public Reply handle(Invocation invocation, Command.Calendar command) {
        if (command.reset()) {
            return addressReply("Your new personal calendar; the old address no longer works.",
                    calendars.reset(invocation.actor()));
        }
        return calendars.issue(invocation.actor())
                .map(secret -> addressReply("Your personal calendar of the events you answered (going, waitlisted "
                        + "or maybe).", secret))
                .orElseGet(() -> Reply.text("You already have a personal calendar address. It was shown to you "
                        + "once and is not kept; type /meetup calendar reset for a new one (the old one then stops "
                        + "working)."));
    }

    private Reply addressReply(String lead, String secret) {
        String https = addresses.personalCalendar(secret);
        return Reply.text(lead + "\nSubscribe in your calendar app: " + PublicAddresses.webcal(https)
                + "\nOr add it by address: " + https
                + "\nKeep it to yourself: anyone with it sees your RSVPs and, the day before, the private links of "
                + "events you are confirmed for. If it leaks, type /meetup calendar reset.");
    }
}
