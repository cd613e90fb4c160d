package org.convene.discord.interaction;

import static java.util.Objects.requireNonNull;

import java.util.List;
import java.util.Optional;
import java.util.concurrent.Executor;
import net.dv8tion.jda.api.events.interaction.command.CommandAutoCompleteInteractionEvent;
import net.dv8tion.jda.api.interactions.commands.Command.Choice;
import org.convene.core.command.CommandService;
import org.convene.core.usecase.DatePollUseCase;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Answers {@code /meetup}'s autocomplete on a worker with the choices for the focused option; when the search fails,
 * with none, so Discord is never left waiting.
 */
final class AutocompleteReplies {

    private static final Logger LOG = LoggerFactory.getLogger(AutocompleteReplies.class);

    private final CommandService commands;
    private final Suggestions suggestions;
    private final Optional<DatePollUseCase> polls;
    private final Executor work;
    private final CallerReader callers = new CallerReader();

    AutocompleteReplies(CommandService commands, Suggestions suggestions, Optional<DatePollUseCase> polls,
                        Executor work) {
        this.commands = requireNonNull(commands, "commands");
        this.suggestions = requireNonNull(suggestions, "suggestions");
        this.polls = requireNonNull(polls, "polls");
        this.work = requireNonNull(work, "work");
    }

    void answer(CommandAutoCompleteInteractionEvent event) {
        work.execute(() -> {
            List<Choice> choices = List.of();
            try {
                String typed = event.getFocusedOption().getValue();
                choices = switch (event.getFocusedOption().getName()) {
                    case "group", "mute", "unmute" -> suggestions.groups(callers.read(event), typed);
                    case "event" -> suggestions.events(callers.read(event), typed);
                    case "verb" -> suggestions.verbs(typed);
                    case "proposal" -> suggestions.proposals(callers.read(event), typed);
                    case PollSubcommands.POLL_OPTION -> polls.map(each -> PollPostForms.choices(each,
                            commands.actor(callers.read(event)), typed)).orElse(List.of());
                    default -> List.of();
                };
            } catch (RuntimeException failure) {
                LOG.warn("Could not suggest choices for /meetup {}: {}", event.getFullCommandName(),
                        failure.toString());
            }
            event.replyChoices(choices).queue(null, failure -> LOG.warn("Discord did not take the choices: {}",
                    failure.toString()));
        });
    }
}
