package org.convene.core.command.handler;

import static java.util.Objects.requireNonNull;

import jakarta.inject.Inject;
import org.convene.core.attendance.CheckInUseCase;
import org.convene.core.command.Command;
import org.convene.core.command.CommandHandler;
import org.convene.core.command.Invocation;
import org.convene.core.reply.Reply;

/** {@code checkin <id> <code>}: says the member is checked in (also when they already were). */
public final class CheckInHandler implements CommandHandler<Command.CheckIn> {

    private final CheckInUseCase checkIn;

    @Inject
    public CheckInHandler(CheckInUseCase checkIn) {
        this.checkIn = requireNonNull(checkIn, "checkIn");
    }

    @Override
    public Class<Command.CheckIn> type() {
        return Command.CheckIn.class;
    }

    @Override
    public Reply handle(Invocation invocation, Command.CheckIn command) {
        CheckInUseCase.CheckedIn done = checkIn.checkIn(invocation.actor(), command.eventId(), command.code());
        String title = "#" + done.event().id() + " " + done.event().title();
        return Reply.text(done.already() ? "You were already checked in to " + title + "."
                : "Checked in to " + title + ". Welcome!");
    }
}
