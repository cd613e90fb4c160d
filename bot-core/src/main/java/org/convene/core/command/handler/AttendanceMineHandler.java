package org.convene.core.command.handler;

import static java.util.Objects.requireNonNull;

import jakarta.inject.Inject;
import java.util.List;
import org.convene.core.attendance.AttendanceRecordUseCase;
import org.convene.core.command.Command;
import org.convene.core.command.CommandHandler;
import org.convene.core.command.Invocation;
import org.convene.core.port.AttendanceRepository.Entry;
import org.convene.core.reply.Card;
import org.convene.core.reply.Field;
import org.convene.core.reply.Reply;
import org.convene.core.reply.Text;

/** {@code attendance mine}: the asker's own record, newest first, and the no-shows that still count. */
public final class AttendanceMineHandler implements CommandHandler<Command.AttendanceMine> {

    static final int SHOWN = 20;

    private final AttendanceRecordUseCase records;

    @Inject
    public AttendanceMineHandler(AttendanceRecordUseCase records) {
        this.records = requireNonNull(records, "records");
    }

    @Override
    public Class<Command.AttendanceMine> type() {
        return Command.AttendanceMine.class;
    }

    @Override
    public Reply handle(Invocation invocation, Command.AttendanceMine command) {
        AttendanceRecordUseCase.Record record = records.mine(invocation.actor());
        String summary = record.countingNoShows()
                + (record.countingNoShows() == 1 ? " no-show counts" : " no-shows count") + " (a no-show counts for "
                + record.expiryDays() + " days).";
        if (record.entries().isEmpty()) {
            return Reply.text("No attendance recorded for you yet; " + summary);
        }
        Text.Builder lines = Text.builder();
        List<Entry> shown = record.entries().stream().limit(SHOWN).toList();
        for (int index = 0; index < shown.size(); index++) {
            Entry entry = shown.get(index);
            lines.plain((index == 0 ? "" : "\n") + "#" + entry.eventId() + " " + entry.title() + ", ")
                    .time(entry.startsAt())
                    .plain(": " + (entry.came() ? "came" : entry.noShow() ? "no-show" : "no-show (no longer counts)"));
        }
        return Reply.text("Your attendance: " + summary).withCard(new Card("Your attendance", Text.of(""),
                List.of(new Field("Events", lines.build())), List.of(), 0));
    }
}
