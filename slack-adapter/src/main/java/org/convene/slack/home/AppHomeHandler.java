package org.convene.slack.home;

import static com.slack.api.model.block.Blocks.context;
import static com.slack.api.model.block.Blocks.divider;
import static com.slack.api.model.block.Blocks.header;
import static com.slack.api.model.block.Blocks.section;
import static com.slack.api.model.block.composition.BlockCompositions.markdownText;
import static com.slack.api.model.block.composition.BlockCompositions.plainText;
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
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.Executor;
import java.util.stream.Collectors;
import org.convene.core.command.CommandService;
import org.convene.core.command.EventCards;
import org.convene.core.usecase.Actor;
import org.convene.core.usecase.EventDetails;
import org.convene.core.usecase.ListEventsUseCase;
import org.convene.core.usecase.MyAgendaUseCase;
import org.convene.slack.interaction.CallerResolver;
import org.convene.slack.render.BlockKitRenderer;
import org.convene.slack.render.Mrkdwn;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** Publishes the Home tab when a member opens it: their groups, their upcoming RSVPs, upcoming events of their groups. */
public final class AppHomeHandler implements BoltEventHandler<AppHomeOpenedEvent> {

    private static final Logger log = LoggerFactory.getLogger(AppHomeHandler.class);
    static final int EVENT_LIMIT = 5;

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
        String teamId = context.getTeamId();
        String userId = payload.getEvent().getUser();
        if (!"messages".equals(payload.getEvent().getTab())) {
            executor.execute(() -> publish(teamId, userId));
        }
        return context.ack();
    }

    private void publish(String teamId, String userId) {
        try {
            View home = View.builder().type("home").blocks(blocks(teamId, userId)).build();
            ViewsPublishResponse response = methods.viewsPublish(request -> request.userId(userId).view(home));
            if (!response.isOk()) {
                log.warn("views.publish of the Home tab failed: {}", response.getError());
            }
        } catch (IOException | SlackApiException e) {
            log.warn("Publishing the Home tab failed: {}", e.getClass().getSimpleName());
        } catch (RuntimeException e) {
            log.error("Building the Home tab failed", e);
        }
    }

    private List<LayoutBlock> blocks(String teamId, String userId) {
        Actor actor = commands.actor(callers.caller(teamId, teamId, userId, userId, null));
        MyAgendaUseCase.Agenda mine = agenda.agenda(actor);
        List<LayoutBlock> blocks = new ArrayList<>();
        blocks.add(header(h -> h.text(plainText("Your groups"))));
        String groups = mine.groups().isEmpty() ? "You have not joined a group yet; type `/meetup groups` to see them."
                : mine.groups().stream().map(group -> "• *" + Mrkdwn.escape(group.name()) + "* (`"
                        + Mrkdwn.escape(group.slug()) + "`)").collect(Collectors.joining("\n"));
        blocks.add(section(s -> s.text(markdownText(groups))));
        Set<Long> shown = new HashSet<>();
        addEvents(blocks, "Your RSVPs", mine.rsvps(), shown, "No upcoming RSVPs.");
        List<EventDetails> upcoming = mine.groups().stream()
                .flatMap(group -> events.list(actor, new ListEventsUseCase.Input(group.slug(), 1)).events().stream())
                .sorted((a, b) -> a.event().startsAt().compareTo(b.event().startsAt())).toList();
        addEvents(blocks, "Upcoming in your groups", upcoming, shown, "Nothing else planned in your groups.");
        return blocks.size() > 50 ? blocks.subList(0, 50) : blocks;
    }

    private void addEvents(List<LayoutBlock> blocks, String title, List<EventDetails> details, Set<Long> shown,
                           String none) {
        blocks.add(divider());
        blocks.add(header(h -> h.text(plainText(title))));
        List<EventDetails> fresh = details.stream().filter(detail -> shown.add(detail.event().id()))
                .limit(EVENT_LIMIT).toList();
        if (fresh.isEmpty()) {
            blocks.add(context(c -> c.elements(List.of(markdownText(none)))));
        }
        fresh.forEach(detail -> blocks.addAll(renderer.card(EventCards.card(detail))));
    }
}
