package org.convene.core.command.handler;

import static java.util.Objects.requireNonNull;

import jakarta.inject.Inject;
import java.time.Clock;
import org.convene.core.attendance.AttendanceUseCase;
import org.convene.core.command.Command;
import org.convene.core.command.CommandHandler;
import org.convene.core.command.EventCards;
import org.convene.core.command.EventOptionReader;
import org.convene.core.command.Invocation;
import org.convene.core.port.Transactions;
import org.convene.core.reply.Reply;
import org.convene.core.reply.Text;
import org.convene.core.usecase.PostEventUseCase;
import org.convene.core.usecase.ShowEventUseCase;

/** {@code post <group> "title" when=...}: posts an event and shows it to its organizer. */
public final class PostHandler implements CommandHandler<Command.Post> {

    private final PostEventUseCase postEvent;
    private final ShowEventUseCase showEvent;
    private final AttendanceUseCase attendance;
    private final Transactions transactions;
    private final Clock clock;

    @Inject
    public PostHandler(PostEventUseCase postEvent, ShowEventUseCase showEvent, AttendanceUseCase attendance,
                       Transactions transactions, Clock clock) {
        this.postEvent = requireNonNull(postEvent, "postEvent");
        this.showEvent = requireNonNull(showEvent, "showEvent");
        this.attendance = requireNonNull(attendance, "attendance");
        this.transactions = requireNonNull(transactions, "transactions");
        this.clock = requireNonNull(clock, "clock");
    }

    @Override
    public Class<Command.Post> type() {
        return Command.Post.class;
    }

    @Override
    public Reply handle(Invocation invocation, Command.Post command) {
        PostEventUseCase.Input input = EventOptionReader.post(command.group(), command.options(),
                invocation.actor().community().zone(), clock.instant());
        // The no-show rule is set in the post's own transaction, so the announcement never goes out without it.
        PostEventUseCase.Result result = command.noShowsBehind() == null ? postEvent.post(invocation.actor(), input)
                : transactions.inTransaction(() -> {
                    PostEventUseCase.Result posted = postEvent.post(invocation.actor(), input);
                    posted.occurrences().forEach(occurrence -> attendance.waitBehind(invocation.actor(),
                            occurrence.id(), command.noShowsBehind()));
                    return posted;
                });
        String series = result.occurrences().size() > 1 ? " It repeats " + input.recurrence().label() + "; "
                + result.occurrences().size() + " dates are up for RSVPs." : "";
        return Reply.of(Text.builder().plain("Posted #" + result.event().id() + " in " + result.group().name() + ".")
                        .plain(series).build())
                .withCard(EventCards.card(showEvent.details(invocation.actor(), command.noShowsBehind() == null
                        ? result.event() : result.event().withNoShowsBehind(command.noShowsBehind()))));
    }
}
