package org.convene.slack.interaction;

import static java.util.Objects.requireNonNull;

import java.util.function.Supplier;
import org.convene.core.command.Caller;
import org.convene.core.command.CommandParser;
import org.convene.core.command.CommandService;
import org.convene.core.reply.Reply;

/**
 * One button click as a form button sees it: the button's command, the trigger a form opens with (null where Slack
 * sends none), and the clicker, read once when first asked.
 */
public final class FormClick {

    private final String command;
    private final String triggerId;
    private final Supplier<Caller> reader;
    private final CommandService commands;
    private final CommandParser parser;
    private Caller caller;

    FormClick(String command, String triggerId, Supplier<Caller> reader, CommandService commands,
              CommandParser parser) {
        this.command = requireNonNull(command, "command");
        this.triggerId = triggerId;
        this.reader = requireNonNull(reader, "reader");
        this.commands = requireNonNull(commands, "commands");
        this.parser = requireNonNull(parser, "parser");
    }

    String command() {
        return command;
    }

    String triggerId() {
        return triggerId;
    }

    /** The clicker, looked up on the first call only. */
    Caller caller() {
        if (caller == null) {
            caller = reader.get();
        }
        return caller;
    }

    boolean admin() {
        return commands.actor(caller()).admin();
    }

    /** Runs the button's command for the clicker, as a click on any other button does. */
    Reply runAsTyped() {
        return commands.runText(caller(), command, parser);
    }
}
