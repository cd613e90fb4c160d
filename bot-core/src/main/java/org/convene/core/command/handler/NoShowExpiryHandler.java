package org.convene.core.command.handler;

import static java.util.Objects.requireNonNull;

import jakarta.inject.Inject;
import java.util.Locale;
import org.convene.core.attendance.AttendanceRecordUseCase;
import org.convene.core.command.Command;
import org.convene.core.command.CommandHandler;
import org.convene.core.command.Invocation;
import org.convene.core.domain.Refusal;
import org.convene.core.reply.Reply;

/** {@code attendance expiry[=90d]}: shows how long a no-show counts, or (admins) changes it; days or weeks. */
public final class NoShowExpiryHandler implements CommandHandler<Command.NoShowExpiry> {

    private final AttendanceRecordUseCase records;

    @Inject
    public NoShowExpiryHandler(AttendanceRecordUseCase records) {
        this.records = requireNonNull(records, "records");
    }

    @Override
    public Class<Command.NoShowExpiry> type() {
        return Command.NoShowExpiry.class;
    }

    @Override
    public Reply handle(Invocation invocation, Command.NoShowExpiry command) {
        if (command.expiry() == null) {
            return Reply.text("A no-show counts for " + records.expiryDays(invocation.actor()) + " days. An admin can "
                    + "change that, like /meetup attendance expiry=90d.");
        }
        int days = records.changeExpiry(invocation.actor(), days(command.expiry()));
        return Reply.text("Changed. A no-show now counts for " + days + " days.");
    }

    static int days(String typed) {
        String text = typed.strip().toLowerCase(Locale.ROOT);
        if (!text.matches("\\d{1,4}\\s*(d|days?|w|weeks?)?")) {
            throw Refusal.invalid("I could not read expiry=" + typed + " as a number of days; type it like "
                    + "expiry=90d or expiry=12w.");
        }
        int number = Integer.parseInt(text.replaceAll("\\D", ""));
        return text.contains("w") ? number * 7 : number;
    }
}
