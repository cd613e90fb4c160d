package org.convene.config.console;

import static java.util.Objects.requireNonNull;

import java.io.PrintStream;
import org.convene.core.domain.Platform;
import org.convene.core.outbox.Delivery;
import org.convene.core.outbox.Publisher;
import org.convene.core.outbox.Target;
import org.convene.core.reply.PlainTextRenderer;

/** Shows the bot's own messages in the console: channel posts and direct messages, each with where it went. */
public final class ConsolePublisher implements Publisher {

    private final PlainTextRenderer renderer;
    private final PrintStream output;

    public ConsolePublisher(PlainTextRenderer renderer, PrintStream output) {
        this.renderer = requireNonNull(renderer, "renderer");
        this.output = requireNonNull(output, "output");
    }

    @Override
    public Platform platform() {
        return Platform.CONSOLE;
    }

    @Override
    public Delivery.Result publish(Delivery delivery) {
        String where = switch (delivery.target()) {
            case Target.Channel channel -> "in #" + channel.channel().channelId();
            case Target.Direct direct -> "direct message to " + direct.userId();
            case Target.Calendar calendar -> "calendar";
        };
        synchronized (output) {
            output.println("[" + where + "] " + renderer.render(delivery.message()).stripTrailing());
            output.println();
            output.flush();
        }
        return new Delivery.Sent(delivery.key());
    }
}
