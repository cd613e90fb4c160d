package org.convene.core.command.handler;

import static java.util.Objects.requireNonNull;

import jakarta.inject.Inject;
import java.time.Duration;
import org.convene.core.command.Command;
import org.convene.core.command.CommandHandler;
import org.convene.core.command.Invocation;
import org.convene.core.command.TimeReader;
import org.convene.core.domain.ReminderLeads;
import org.convene.core.reply.Reply;
import org.convene.core.usecase.ReminderLeadsUseCase;

/** {@code reminders [link=…] [channel=…] [member=…]}: shows the lead times, or changes those given. */
public final class RemindersHandler implements CommandHandler<Command.Reminders> {

    private final ReminderLeadsUseCase leads;

    @Inject
    public RemindersHandler(ReminderLeadsUseCase leads) {
        this.leads = requireNonNull(leads, "leads");
    }

    @Override
    public Class<Command.Reminders> type() {
        return Command.Reminders.class;
    }

    @Override
    public Reply handle(Invocation invocation, Command.Reminders command) {
        ReminderLeads current = leads.show(invocation.actor());
        if (!command.changes()) {
            return Reply.text(describe(current) + " An admin can change them, like /meetup reminders channel=48h.");
        }
        ReminderLeads changed = leads.change(invocation.actor(), new ReminderLeads(
                lead(command.link(), "link", current.linkReveal()),
                lead(command.channel(), "channel", current.channelReminder()),
                lead(command.member(), "member", current.memberReminder())));
        return Reply.text("Changed. " + describe(changed));
    }

    private static Duration lead(String typed, String key, Duration current) {
        if (typed == null) {
            return current;
        }
        return typed.strip().equals("0") ? Duration.ZERO : TimeReader.duration(typed, key);
    }

    private static String describe(ReminderLeads leads) {
        return "The private link goes to confirmed attendees " + words(leads.linkReveal())
                + " before an event; the channel reminder " + words(leads.channelReminder())
                + " before; each attendee's reminder " + words(leads.memberReminder()) + " before.";
    }

    static String words(Duration duration) {
        long hours = duration.toHours();
        long minutes = duration.toMinutesPart();
        String text = (hours > 0 ? hours + (hours == 1 ? " hour" : " hours") : "")
                + (hours > 0 && minutes > 0 ? " " : "") + (minutes > 0 ? minutes + " minutes" : "");
        return text.isEmpty() ? "0 minutes" : text;
    }
}
