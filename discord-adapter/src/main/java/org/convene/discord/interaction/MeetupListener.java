package org.convene.discord.interaction;

import static java.util.Objects.requireNonNull;

import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Executor;
import net.dv8tion.jda.api.events.interaction.ModalInteractionEvent;
import net.dv8tion.jda.api.events.interaction.command.CommandAutoCompleteInteractionEvent;
import net.dv8tion.jda.api.events.interaction.command.SlashCommandInteractionEvent;
import net.dv8tion.jda.api.events.interaction.component.ButtonInteractionEvent;
import net.dv8tion.jda.api.hooks.ListenerAdapter;
import net.dv8tion.jda.api.interactions.callbacks.IModalCallback;
import net.dv8tion.jda.api.interactions.callbacks.IReplyCallback;
import net.dv8tion.jda.api.interactions.commands.Command.Choice;
import org.convene.core.command.Command;
import org.convene.core.command.CommandService;
import org.convene.core.command.ErrorBoundary;
import org.convene.core.domain.Event;
import org.convene.core.domain.Refusal;
import org.convene.core.reply.Reply;
import org.convene.core.usecase.DatePollUseCase;
import org.convene.core.usecase.ListEventsUseCase;
import org.convene.core.usecase.ListGroupsUseCase;
import org.convene.core.usecase.PollDraft;
import org.convene.discord.render.DiscordRenderer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Listens for {@code /meetup} interactions. Every one is acknowledged at once on JDA's thread (a deferred private
 * reply, a deferred edit, or a form), then the command runs on the given executor, so neither Discord's three
 * seconds nor the gateway wait for the database. The edit form alone is answered from the executor, since it opens
 * with the event's current values and a form cannot follow a deferral. "Offer a talk" (a button, or
 * {@code /meetup talk offer} without a title) answers with its form at once.
 */
public final class MeetupListener extends ListenerAdapter {

    private static final Logger LOG = LoggerFactory.getLogger(MeetupListener.class);
    public static final Duration SUGGESTION_EXPIRY = Duration.ofSeconds(30);

    private final CommandService commands;
    private final ListEventsUseCase listEvents;
    private final DiscordRenderer renderer;
    private final Executor work;
    private final CallerReader callers = new CallerReader();
    private final SlashCommandReader reader = new SlashCommandReader();
    private final EventForms forms = new EventForms();
    private final ProposalForms proposalForms = new ProposalForms();
    private final Responder responder;
    private final ButtonClicks buttons;
    private final Suggestions suggestions;
    private final Optional<DatePollUseCase> polls;

    public MeetupListener(CommandService commands, ListGroupsUseCase listGroups, ListEventsUseCase listEvents,
                          DiscordRenderer renderer, Executor work) {
        this(commands, listGroups, listEvents, Optional.empty(), renderer, work);
    }

    /**
     * As above, with the date polls: poll numbers are then autocompleted, and a closed poll's "Post the event" button
     * opens the event form filled with its winning date (without them the button posts that date as it is).
     */
    public MeetupListener(CommandService commands, ListGroupsUseCase listGroups, ListEventsUseCase listEvents,
                          Optional<DatePollUseCase> polls, DiscordRenderer renderer, Executor work) {
        this.polls = requireNonNull(polls, "polls");
        this.commands = requireNonNull(commands, "commands");
        this.listEvents = requireNonNull(listEvents, "listEvents");
        this.renderer = requireNonNull(renderer, "renderer");
        this.work = requireNonNull(work, "work");
        this.responder = new Responder(renderer);
        this.buttons = new ButtonClicks(commands, callers, responder);
        this.suggestions = new Suggestions(commands, listGroups, listEvents, SUGGESTION_EXPIRY);
    }

    @Override
    public void onSlashCommandInteraction(SlashCommandInteractionEvent event) {
        if (!event.getName().equals(MeetupCommandDefinition.NAME)) {
            return;
        }
        InteractionBoundary.guard(event, "/meetup " + event.getFullCommandName(), () -> {
            if ("proposal decline".equals(event.getSubcommandGroup() + " " + event.getSubcommandName())
                    && event.getOption("reason") == null && event.getOption("proposal") != null) {
                long proposal = event.getOption("proposal").getAsLong();
                work.execute(() -> InteractionBoundary.guard(event, "/meetup proposal decline",
                        () -> openDeclineForm(event, proposal)));
                return;
            }
            if (TalkCommandOptions.wantsForm(event)) {
                event.replyModal(TalkForm.offerForm(event.getOption("event").getAsLong())).queue();
                return;
            }
            if (SlashCommandReader.wantsForm(event)) {
                if (event.getSubcommandName().equals("post")) {
                    event.replyModal(forms.postForm(event.getOption("group").getAsString())).queue();
                } else {
                    work.execute(() -> InteractionBoundary.guard(event, "/meetup edit", () -> openEditForm(event)));
                }
                return;
            }
            event.deferReply(true).queue();
            work.execute(() -> InteractionBoundary.guard(event, "/meetup " + event.getFullCommandName(), () -> {
                Reply reply = ErrorBoundary.guard("a Discord slash command",
                        () -> commands.run(callers.read(event), reader.read(event)));
                responder.answer(event.getHook(), reply);
            }));
        });
    }

    /** Opens the edit form with the event's current values, read first; a refusal is told privately instead. */
    private void openEditForm(SlashCommandInteractionEvent event) {
        Event current;
        try {
            current = listEvents.one(commands.actor(callers.read(event)), event.getOption("event").getAsLong());
        } catch (Refusal refusal) {
            event.reply(renderer.render(Reply.failure(refusal.getMessage())).message()).setEphemeral(true).queue();
            return;
        }
        event.replyModal(forms.editForm(current)).queue();
    }

    /**
     * Opens the form for a reason to decline a proposal, once the core has said the person may review proposals
     * (asking it for the guidelines, which only admins may do); anyone else is told why privately.
     */
    private <T extends IReplyCallback & IModalCallback> void openDeclineForm(T event, long proposalId) {
        Reply allowed = ErrorBoundary.guard("a Discord form", () -> commands.run(callers.read(event),
                new Command.ProposalGuidelines(null)));
        if (allowed.failed()) {
            event.reply(renderer.render(allowed).message()).setEphemeral(true).queue();
            return;
        }
        event.replyModal(proposalForms.declineForm(proposalId)).queue();
    }

    @Override
    public void onButtonInteraction(ButtonInteractionEvent event) {
        Optional<Long> pollToPost = polls.isPresent() ? PollPostForms.pollOf(event.getComponentId())
                : Optional.empty();
        if (pollToPost.isPresent()) {
            work.execute(() -> InteractionBoundary.guard(event, "a poll's post button",
                    () -> openPollForm(event, pollToPost.get())));
            return;
        }
        InteractionBoundary.guard(event, "a button", () -> {
            String command = event.getComponentId();
            if (ProposalForms.opensProposal(command)) {
                event.replyModal(proposalForms.proposalForm()).queue();
                return;
            }
            java.util.Optional<Long> declining = ProposalForms.declines(command);
            if (declining.isPresent()) {
                work.execute(() -> InteractionBoundary.guard(event, "a button",
                        () -> openDeclineForm(event, declining.get())));
                return;
            }
            Optional<Long> checkIn = CheckInForms.eventOf(event.getComponentId());
            if (checkIn.isPresent()) {
                event.replyModal(CheckInForms.form(checkIn.get())).queue();
                return;
            }
            java.util.Optional<Long> talkForm = TalkForm.eventOf(event.getComponentId());
            if (talkForm.isPresent()) {
                event.replyModal(TalkForm.offerForm(talkForm.get())).queue();
                return;
            }
            event.deferEdit().queue();
            work.execute(() -> InteractionBoundary.guard(event, "a button", () -> buttons.click(event)));
        });
    }

    /** Opens the post form with the closed poll's winning date, read first; a refusal is told privately instead. */
    private void openPollForm(ButtonInteractionEvent event, long pollId) {
        PollDraft draft;
        try {
            draft = polls.orElseThrow().draft(commands.actor(callers.read(event)), pollId);
        } catch (Refusal refusal) {
            event.reply(renderer.render(Reply.failure(refusal.getMessage())).message()).setEphemeral(true).queue();
            return;
        }
        event.replyModal(forms.postForm(draft)).queue();
    }

    @Override
    public void onModalInteraction(ModalInteractionEvent event) {
        String id = event.getModalId();
        if (id.startsWith(CheckInForms.PREFIX)) {
            checkInForm(event, id);
            return;
        }
        boolean proposal = ProposalForms.isProposalForm(id);
        boolean talk = id.startsWith(TalkForm.OFFER);
        if (!id.startsWith(EventForms.POST) && !id.startsWith(EventForms.EDIT) && !id.startsWith(EventForms.POLL)
                && !proposal && !talk) {
            return;
        }
        InteractionBoundary.guard(event, "a form", () -> {
            event.deferReply(true).queue();
            work.execute(() -> InteractionBoundary.guard(event, "a form", () -> {
                Reply reply = ErrorBoundary.guard("a Discord form", () -> {
                    Command command = proposal ? proposalForms.read(id, event.getValues())
                            : talk ? TalkForm.read(id, event.getValues()) : forms.read(id, event.getValues());
                    return commands.run(callers.read(event), command);
                });
                if (reply.failed()) {
                    reply = Reply.failure(reply.text().plain() + "\nI read: " + EventForms.understood(event.getValues())
                            + ".");
                }
                responder.answer(event.getHook(), reply);
            }));
        });
    }

    /** A submitted check-in form: checks in with the code and answers privately. */
    private void checkInForm(ModalInteractionEvent event, String id) {
        InteractionBoundary.guard(event, "a check-in form", () -> {
            event.deferReply(true).queue();
            work.execute(() -> InteractionBoundary.guard(event, "a check-in form", () -> responder.answer(
                    event.getHook(), ErrorBoundary.guard("a Discord check-in form", () -> commands.run(
                            callers.read(event), CheckInForms.read(id, event.getValues()))))));
        });
    }

    @Override
    public void onCommandAutoCompleteInteraction(CommandAutoCompleteInteractionEvent event) {
        if (!event.getName().equals(MeetupCommandDefinition.NAME)) {
            return;
        }
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
