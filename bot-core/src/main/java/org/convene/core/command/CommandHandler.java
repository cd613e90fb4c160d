package org.convene.core.command;

import org.convene.core.reply.Reply;

/** Runs one kind of command: calls its use case and says what happened. */
public interface CommandHandler<C extends Command> {

    Class<C> type();

    Reply handle(Invocation invocation, C command);
}
