package org.convene.core.command.handler;

import static java.util.Objects.requireNonNull;

import jakarta.inject.Inject;
import org.convene.core.command.Command;
import org.convene.core.command.CommandHandler;
import org.convene.core.command.Invocation;
import org.convene.core.domain.Refusal;
import org.convene.core.reply.Reply;
import org.convene.core.usecase.BindChannelUseCase;

/** {@code announce-here <group>}: the channel it is typed in gets the group's announcements. */
public final class AnnounceHereHandler implements CommandHandler<Command.AnnounceHere> {

    private final BindChannelUseCase bindChannel;

    @Inject
    public AnnounceHereHandler(BindChannelUseCase bindChannel) {
        this.bindChannel = requireNonNull(bindChannel, "bindChannel");
    }

    @Override
    public Class<Command.AnnounceHere> type() {
        return Command.AnnounceHere.class;
    }

    @Override
    public Reply handle(Invocation invocation, Command.AnnounceHere command) {
        if (invocation.channel() == null) {
            throw Refusal.invalid("Type /meetup announce-here in the channel that should get the announcements, "
                    + "not in a direct message.");
        }
        BindChannelUseCase.Result result = bindChannel.bind(invocation.actor(), command.group(),
                invocation.channel());
        return Reply.text(result.added() ? "From now on, " + result.group().name()
                + "'s events are announced in this channel."
                : "This channel already gets " + result.group().name() + "'s announcements; nothing changed.");
    }
}
