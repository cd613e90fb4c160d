package org.convene.slack;

import static java.util.Objects.requireNonNull;

import com.slack.api.bolt.App;
import com.slack.api.methods.MethodsClient;
import com.slack.api.model.event.AppHomeOpenedEvent;
import com.slack.api.model.event.AppUninstalledEvent;
import com.slack.api.model.event.TokensRevokedEvent;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.Executor;
import java.util.regex.Pattern;
import org.convene.core.command.CommandParser;
import org.convene.core.command.CommandService;
import org.convene.core.usecase.DatePollUseCase;
import org.convene.core.usecase.ListEventsUseCase;
import org.convene.core.usecase.MyAgendaUseCase;
import org.convene.core.usecase.SpaceLifecycleUseCase;
import org.convene.core.usecase.ShowEventUseCase;
import org.convene.slack.home.AppHomeHandler;
import org.convene.slack.interaction.ButtonHandler;
import org.convene.slack.interaction.CheckInModal;
import org.convene.slack.interaction.CheckInSubmissionHandler;
import org.convene.slack.interaction.EditForms;
import org.convene.slack.interaction.CallerResolver;
import org.convene.slack.interaction.EventModal;
import org.convene.slack.interaction.EventSubmissionHandler;
import org.convene.slack.interaction.FormButton;
import org.convene.slack.interaction.FormButtons;
import org.convene.slack.interaction.HomeWorkspace;
import org.convene.slack.interaction.MeetupCommandHandler;
import org.convene.slack.interaction.ProposalModal;
import org.convene.slack.interaction.ProposalSubmissionHandler;
import org.convene.slack.interaction.PollPostForm;
import org.convene.slack.interaction.ResponseUrlPoster;
import org.convene.slack.interaction.RetryGuard;
import org.convene.slack.interaction.SlackMentionReader;
import org.convene.slack.interaction.SpaceActivity;
import org.convene.slack.interaction.TalkForms;
import org.convene.slack.interaction.TalkModal;
import org.convene.slack.interaction.TalkSubmissionHandler;
import org.convene.slack.interaction.WorkspaceRemoval;
import org.convene.slack.publish.SlackFiles;
import org.convene.slack.render.BlockKitRenderer;

/**
 * Registers Convene's handlers on a Bolt app: {@code /meetup}, every button, the event modal, App Home, the app's
 * removal from a workspace, and a 200 for every other signed event.
 */
final class SlackHandlers {

    /** How long a user's workspace role and name are trusted before {@code users.info} is asked again. */
    static final Duration ROLE_CACHE_TIME = Duration.ofMinutes(10);

    /** The core objects the handlers call. */
    record Core(CommandService commands, MyAgendaUseCase agenda, ListEventsUseCase events,
                SpaceLifecycleUseCase spaces, ShowEventUseCase show, Optional<DatePollUseCase> polls, Clock clock) {
        Core {
            requireNonNull(polls, "polls");
            requireNonNull(spaces, "spaces");
            requireNonNull(show, "show");
            requireNonNull(commands, "commands");
            requireNonNull(agenda, "agenda");
            requireNonNull(events, "events");
            requireNonNull(clock, "clock");
        }
    }

    private SlackHandlers() {
    }

    /**
     * The buttons that open forms: check in, propose a group, decline a proposal, offer a talk, and with the date
     * polls a closed poll's "Post the event" (without them that button posts the winning date as it is).
     */
    static FormButtons formButtons(Core core, MethodsClient methods) {
        List<FormButton> buttons = new ArrayList<>(List.of(
                new FormButton("checkin ", click -> CheckInModal.open(methods, click)),
                new FormButton("propose", click -> ProposalModal.open(methods, click)),
                new FormButton("proposals decline ", click -> ProposalModal.open(methods, click)),
                new FormButton("talk offer ", new TalkForms(core.commands(), core.show(), methods)::open)));
        core.polls().ifPresent(polls -> buttons.add(new FormButton("poll close ",
                new PollPostForm(core.commands(), polls, methods)::open)));
        return new FormButtons(buttons);
    }

    static void register(App app, Core core, MethodsClient methods, BlockKitRenderer renderer, Executor executor,
                         ResponseUrlPoster responses) {
        CommandParser parser = new CommandParser(new SlackMentionReader());
        SpaceActivity activity = new SpaceActivity(core.spaces());
        CallerResolver callers = new CallerResolver(methods, new HomeWorkspace(methods), activity, ROLE_CACHE_TIME);
        AppHomeHandler home = new AppHomeHandler(core.commands(), core.agenda(), core.events(), callers, renderer,
                methods, executor);
        app.command("/meetup", new MeetupCommandHandler(core.commands(), parser, callers, renderer, methods,
                new RetryGuard(), executor, new EditForms(core.commands(), core.show()),
                new SlackFiles(methods), responses));
        app.blockAction(Pattern.compile(".*"), new ButtonHandler(core.commands(), parser, callers, renderer, methods,
                home, executor, responses, formButtons(core, methods)));
        app.viewSubmission(TalkModal.CALLBACK_ID, new TalkSubmissionHandler(core.commands(), callers, renderer,
                methods, executor));
        app.viewSubmission(EventModal.CALLBACK_ID, new EventSubmissionHandler(core.commands(), callers, renderer,
                methods, executor, core.clock()));
        app.viewSubmission(ProposalModal.CALLBACK_ID, new ProposalSubmissionHandler(core.commands(), callers, renderer,
                methods, executor));
        app.viewSubmission(CheckInModal.CALLBACK_ID, new CheckInSubmissionHandler(core.commands(), parser, callers,
                renderer, methods, executor));
        app.event(AppHomeOpenedEvent.class, home);
        WorkspaceRemoval removal = new WorkspaceRemoval(activity);
        app.event(AppUninstalledEvent.class, removal::uninstalled);
        app.event(TokensRevokedEvent.class, removal::tokensRevoked);
        app.use(new OtherEventsAcknowledged(Set.of(AppHomeOpenedEvent.TYPE_NAME, AppUninstalledEvent.TYPE_NAME,
                TokensRevokedEvent.TYPE_NAME)));
    }
}
