package org.convene.config.console;

import static java.util.Objects.requireNonNull;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import com.github.benmanes.caffeine.cache.Ticker;
import org.convene.core.command.CommandParser;
import org.convene.core.command.CommandService;
import org.convene.core.port.DatabaseUnavailableException;
import org.convene.core.reply.PlainTextRenderer;
import org.convene.core.store.DatabaseWatch;
import org.slf4j.LoggerFactory;

/**
 * Reads one command a line and prints each reply as the chat would show it. {@code /as <name>} switches who is
 * typing; {@code /as} alone lists the sample people. After each command the bot's own messages it caused (an
 * announcement, a promoted member's DM) are delivered and shown; while the database cannot be reached, commands say
 * so and the session goes on. Ends at the end of input or on {@code /quit}.
 */
public final class ConsoleSession {

    private final CommandService commands;
    private final PlainTextRenderer renderer;
    private final CommandParser parser = CommandParser.plain();
    private final BufferedReader input;
    private final PrintStream output;
    private final boolean interactive;
    private final Runnable afterCommand;
    private final DatabaseWatch delivery = new DatabaseWatch("The console's delivery of the bot's messages",
            LoggerFactory.getLogger(ConsoleSession.class), Ticker.systemTicker());
    private String who = SampleData.MEMBERS.getFirst();

    public ConsoleSession(CommandService commands, PlainTextRenderer renderer, BufferedReader input,
                          PrintStream output, boolean interactive, Runnable afterCommand) {
        this.commands = requireNonNull(commands, "commands");
        this.renderer = requireNonNull(renderer, "renderer");
        this.input = requireNonNull(input, "input");
        this.output = requireNonNull(output, "output");
        this.interactive = interactive;
        this.afterCommand = requireNonNull(afterCommand, "afterCommand");
    }

    public void run() {
        if (interactive) {
            output.println("Convene console. Type /meetup help, /as <name> to switch person, /quit to leave.");
            output.println("You are " + who + ".");
        }
        try {
            for (String line = prompt(); line != null; line = prompt()) {
                if (!handle(line.strip())) {
                    return;
                }
            }
        } catch (IOException failure) {
            throw new UncheckedIOException(failure);
        }
    }

    /** Runs one line; false when the session should end. */
    boolean handle(String line) {
        if (line.isEmpty() || line.startsWith("#")) {
            return true;
        }
        if (line.equals("/quit") || line.equals("/exit")) {
            return false;
        }
        if (line.equals("/as")) {
            output.println("You are " + who + ". Sample people: admins " + String.join(", ", SampleData.ADMINS)
                    + "; organizers " + String.join(", ", SampleData.ORGANIZERS) + "; members "
                    + String.join(", ", SampleData.MEMBERS) + ". Any other name becomes a new member.");
            return true;
        }
        if (line.startsWith("/as ")) {
            who = line.substring(4).strip();
            output.println("You are now " + who + ".");
            return true;
        }
        if (!line.startsWith("/meetup")) {
            output.println("! Commands start with /meetup, like /meetup events; /as <name> switches person.");
            return true;
        }
        output.print(renderer.render(commands.runText(ConsoleSpace.caller(who), line, parser)));
        output.println();
        output.flush();
        deliver();
        return true;
    }

    /** Delivers what the command caused; while the database cannot be reached, says so once in the log, not per line. */
    private void deliver() {
        try {
            afterCommand.run();
            delivery.reached();
        } catch (DatabaseUnavailableException unavailable) {
            delivery.unreachable(unavailable);
        }
    }

    private String prompt() throws IOException {
        if (interactive) {
            output.print(who + "> ");
            output.flush();
        }
        return input.readLine();
    }
}
