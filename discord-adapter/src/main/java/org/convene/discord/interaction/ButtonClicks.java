package org.convene.discord.interaction;

import static java.util.Objects.requireNonNull;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import net.dv8tion.jda.api.entities.Message;
import net.dv8tion.jda.api.entities.MessageEmbed;
import net.dv8tion.jda.api.events.interaction.component.ButtonInteractionEvent;
import net.dv8tion.jda.api.utils.messages.MessageEditBuilder;
import org.convene.core.command.Caller;
import org.convene.core.command.CommandParser;
import org.convene.core.command.CommandService;
import org.convene.core.command.ErrorBoundary;
import org.convene.core.reply.Card;
import org.convene.core.reply.Reply;
import org.convene.discord.render.CardEmbeds;
import org.convene.discord.render.DiscordMarkdown;

/**
 * A click runs the button's command for the clicker. When the reply carries a fresh card of an event the message
 * shows, that embed is replaced in place (without the clicker's own fields on a message everyone sees) and the
 * clicker privately gets the reply's text; a refusal goes to the clicker privately and the message stays as it is.
 */
final class ButtonClicks {

    private final CommandService commands;
    private final CallerReader callers;
    private final Responder responder;

    ButtonClicks(CommandService commands, CallerReader callers, Responder responder) {
        this.commands = requireNonNull(commands, "commands");
        this.callers = requireNonNull(callers, "callers");
        this.responder = requireNonNull(responder, "responder");
    }

    /** Runs after {@code deferEdit()} was queued. */
    void click(ButtonInteractionEvent event) {
        Reply reply = ErrorBoundary.guard("a Discord button", () -> {
            Caller caller = callers.read(event);
            return commands.runText(caller, event.getComponentId(), CommandParser.plain());
        });
        if (reply.failed()) {
            responder.tell(event.getHook(), reply);
            return;
        }
        Message message = event.getMessage();
        boolean personal = message.isEphemeral();
        List<MessageEmbed> embeds = new ArrayList<>(message.getEmbeds());
        Optional<Card> refreshed = Optional.empty();
        for (int index = 0; index < embeds.size(); index++) {
            Optional<Long> shown = CardEmbeds.eventOf(embeds.get(index));
            Optional<Card> fresh = reply.cards().stream()
                    .filter(card -> card.eventId() > 0 && shown.equals(Optional.of(card.eventId()))).findFirst();
            if (fresh.isPresent()) {
                embeds.set(index, responder.renderer().embed(fresh.get(), personal));
                refreshed = fresh;
            }
        }
        if (refreshed.isEmpty()) {
            responder.tell(event.getHook(), reply);
            return;
        }
        MessageEditBuilder edit = new MessageEditBuilder().setEmbeds(embeds)
                .setAllowedMentions(EnumSet.noneOf(Message.MentionType.class));
        if (personal && !reply.text().isEmpty()) {
            edit.setContent(DiscordMarkdown.truncate(DiscordMarkdown.write(reply.text()), 2000));
        }
        event.getHook().editOriginal(edit.build()).queue();
        if (!personal) {
            responder.tell(event.getHook(), reply.text().isEmpty() ? reply
                    : new Reply(Reply.Visibility.PRIVATE, reply.text(), List.of(), Optional.empty(), false));
        }
    }
}
