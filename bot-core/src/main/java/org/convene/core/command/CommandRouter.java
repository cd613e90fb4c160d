package org.convene.core.command;

import jakarta.inject.Inject;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.convene.core.reply.Reply;

/** Sends each command to its one handler; refuses at construction to run with a verb left unhandled. */
public final class CommandRouter {

    private final Map<Class<?>, CommandHandler<?>> handlers = new HashMap<>();

    @Inject
    public CommandRouter(Set<CommandHandler<?>> handlers) {
        for (CommandHandler<?> handler : handlers) {
            if (this.handlers.put(handler.type(), handler) != null) {
                throw new IllegalStateException("two handlers for " + handler.type().getSimpleName());
            }
        }
        List<String> missing = Arrays.stream(Command.class.getPermittedSubclasses())
                .filter(type -> !this.handlers.containsKey(type)).map(Class::getSimpleName).toList();
        if (!missing.isEmpty()) {
            throw new IllegalStateException("no handler for " + missing);
        }
    }

    @SuppressWarnings("unchecked")
    public Reply route(Invocation invocation, Command command) {
        CommandHandler<Command> handler = (CommandHandler<Command>) handlers.get(command.getClass());
        return handler.handle(invocation, command);
    }
}
