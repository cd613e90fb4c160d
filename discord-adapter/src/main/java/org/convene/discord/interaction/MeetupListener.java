package org.convene.discord.interaction;

import static java.util.Objects.requireNonNull;

import java.time.Duration;
import java.util.Optional;
import java.util.concurrent.Executor;
import net.dv8tion.jda.api.events.interaction.ModalInteractionEvent;
import net.dv8tion.jda.api.events.interaction.command.CommandAutoCompleteInteractionEvent;
import net.dv8tion.jda.api.events.interaction.command.SlashCommandInteractionEvent;
import net.dv8tion.jda.api.events.interaction.component.ButtonInteractionEvent;
import net.dv8tion.jda.api.hooks.ListenerAdapter;
import org.convene.core.command.CommandService;
import org.convene.core.command.ErrorBoundary;
import org.convene.core.reply.Reply;
import org.convene.core.usecase.DatePollUseCase;
import org.convene.core.usecase.ListEventsUseCase;
import org.convene.core.usecase.ListGroupsUseCase;
import org.convene.discord.render.DiscordRenderer;

/**
 * Listens for {@code /meetup} interactions. Every one is acknowledged at once on JDA's thread (a deferred private
 * reply, a deferred edit, or a form), then the command runs on the given executor, so neither Discord's three
 * seconds nor the gateway wait for the database. A form that opens with what the core says (the edit form, the
 * decline form, a poll's post form) is answered from the executor, since a form cannot follow a deferral; the
 * buttons that open forms are the given {@link FormButtons}.
 */
public final class MeetupListener extends ListenerAdapter {

    public static final Duration SUGGESTION_EXPIRY = Duration.ofSeconds(30);

    private final CommandService commands;
    private final ListEventsUseCase listEvents;
    private final Executor work;
    private final CallerReader callers = new CallerReader();
    private final SlashCommandReader reader = new SlashCommandReader();
    private final EventForms forms = new EventForms();
    private final Responder responder;
    private final ButtonClicks buttons;
    private final FormButtons formButtons;
    private final FormOpener opener;
    private final FormSubmissions submissions;
    private final AutocompleteReplies autocomplete;

    /**
     * With the date polls, poll numbers are autocompleted; {@code formButtons} are the buttons that answer with a
     * form rather than running their command.
     */
    public MeetupListener(CommandService commands, ListGroupsUseCase listGroups, ListEventsUseCase listEvents,
                          Optional<DatePollUseCase> polls, FormButtons formButtons, DiscordRenderer renderer,
                          Executor work) {
        this.commands = requireNonNull(commands, "commands");
        this.listEvents = requireNonNull(listEvents, "listEvents");
        this.formButtons = requireNonNull(formButtons, "formButtons");
        this.work = requireNonNull(work, "work");
        this.responder = new Responder(renderer);
        this.opener = new FormOpener(renderer, work);
        this.buttons = new ButtonClicks(commands, callers, responder);
        this.submissions = new FormSubmissions(commands, responder, work);
        this.autocomplete = new AutocompleteReplies(commands,
                new Suggestions(commands, listGroups, listEvents, SUGGESTION_EXPIRY), polls, work);
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
                opener.open(event, "/meetup proposal decline",
                        caller -> ProposalForms.declining(commands, caller, proposal));
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
                    opener.open(event, "/meetup edit", caller -> FormOpener.Opening.of(forms.editForm(
                            listEvents.one(commands.actor(caller), event.getOption("event").getAsLong()))));
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

    @Override
    public void onButtonInteraction(ButtonInteractionEvent event) {
        InteractionBoundary.guard(event, "a button", () -> {
            Optional<FormButton> form = formButtons.find(event.getComponentId());
            if (form.isPresent()) {
                form.get().open(event);
                return;
            }
            event.deferEdit().queue();
            work.execute(() -> InteractionBoundary.guard(event, "a button", () -> buttons.click(event)));
        });
    }

    @Override
    public void onModalInteraction(ModalInteractionEvent event) {
        submissions.submit(event);
    }

    @Override
    public void onCommandAutoCompleteInteraction(CommandAutoCompleteInteractionEvent event) {
        if (event.getName().equals(MeetupCommandDefinition.NAME)) {
            autocomplete.answer(event);
        }
    }
}
