package org.convene.slack.home;

import static java.util.Objects.requireNonNull;

import com.slack.api.app_backend.events.payload.EventsApiPayload;
import com.slack.api.bolt.context.builtin.EventContext;
import com.slack.api.bolt.handler.BoltEventHandler;
import com.slack.api.bolt.response.Response;
import com.slack.api.methods.MethodsClient;
import com.slack.api.methods.SlackApiException;
import com.slack.api.methods.response.views.ViewsPublishResponse;
import com.slack.api.model.block.LayoutBlock;
import com.slack.api.model.event.AppHomeOpenedEvent;
import com.slack.api.model.view.View;
import java.io.IOException;
import java.util.Comparator;
import java.util.List;
import java.util.concurrent.Executor;
import org.convene.core.command.Caller;
import org.convene.core.command.CommandService;
import org.convene.core.usecase.Actor;
import org.convene.core.usecase.EventDetails;
import org.convene.core.usecase.ListEventsUseCase;
import org.convene.core.usecase.MyAgendaUseCase;
import org.convene.slack.interaction.CallerResolver;
import org.convene.slack.interaction.HomeRefresh;
import org.convene.slack.interaction.SlackParties;
import org.convene.slack.render.BlockKitRenderer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Publishes the Home tab when a member opens it, and again after a click on it: their groups, their upcoming RSVPs,
 * upcoming events of their groups.
 */
public final class AppHomeHandler implements BoltEventHandler<AppHomeOpenedEvent>, HomeRefresh {

    private static final Logger log = LoggerFactory.getLogger(AppHomeHandler.class);
    /** How many of the member's groups are asked for upcoming events; the tab shows only the soonest few anyway. */
    static final int GROUPS_SCANNED = 25;

    private final CommandService commands;
    private final MyAgendaUseCase agenda;
    private final ListEventsUseCase events;
    private final CallerResolver callers;
    private final BlockKitRenderer renderer;
    private final MethodsClient methods;
    private final Executor executor;

    public AppHomeHandler(CommandService commands, MyAgendaUseCase agenda,
                          ListEventsUseCase events, CallerResolver callers, BlockKitRenderer renderer,
                          MethodsClient methods, Executor executor) {
        this.commands = requireNonNull(commands, "commands");
        this.agenda = requireNonNull(agenda, "agenda");
        this.events = requireNonNull(events, "events");
        this.callers = requireNonNull(callers, "callers");
        this.renderer = requireNonNull(renderer, "renderer");
        this.methods = requireNonNull(methods, "methods");
        this.executor = requireNonNull(executor, "executor");
    }

    @Override
    public Response apply(EventsApiPayload<AppHomeOpenedEvent> payload, EventContext context) {
        String teamId = context.getTeamId() != null ? context.getTeamId() : payload.getTeamId();
        String userId = payload.getEvent().getUser();
        if (!"messages".equals(payload.getEvent().getTab()) && userId != null) {
            executor.execute(() -> open(teamId, userId));
        }
        return context.ack();
    }

    private void open(String teamId, String userId) {
        try {
            refresh(callers.caller(SlackParties.user(teamId, userId)));
        } catch (IllegalArgumentException e) {
            log.warn("Publishing the Home tab failed: {}", e.getClass().getSimpleName());
        }
    }

    /** Builds the member's Home tab and publishes it with {@code views.publish}. */
    @Override
    public void refresh(Caller caller) {
        String userId = caller.identity().userId();
        try {
            View home = View.builder().type("home").blocks(blocks(caller)).build();
            ViewsPublishResponse response = methods.viewsPublish(request -> request.userId(userId).view(home));
            if (!response.isOk()) {
                log.warn("views.publish of the Home tab failed: {}", response.getError());
            }
        } catch (IOException | SlackApiException | RuntimeException e) {
            log.warn("Publishing the Home tab failed: {}", e.getClass().getSimpleName());
        }
    }

    private List<LayoutBlock> blocks(Caller caller) {
        Actor actor = commands.actor(caller);
        MyAgendaUseCase.Agenda mine = agenda.agenda(actor);
        List<EventDetails> upcoming = mine.groups().stream().limit(GROUPS_SCANNED)
                .flatMap(group -> events.list(actor, new ListEventsUseCase.Input(group.slug(), 1)).events().stream())
                .sorted(Comparator.comparing(detail -> detail.event().startsAt())).toList();
        return new HomeView(renderer).groups(mine.groups())
                .events("Your RSVPs", mine.rsvps(), "No upcoming RSVPs.")
                .events("Upcoming in your groups", upcoming, "Nothing else planned in your groups.")
                .blocks();
    }
}
