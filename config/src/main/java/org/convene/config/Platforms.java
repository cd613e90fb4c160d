package org.convene.config;

import com.google.inject.Injector;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import org.convene.core.command.CommandService;
import org.convene.core.metrics.PlatformMeters;
import org.convene.core.outbox.Publisher;
import org.convene.core.usecase.ListEventsUseCase;
import org.convene.core.usecase.ListGroupsUseCase;
import org.convene.discord.DiscordBot;
import org.convene.discord.DiscordSettings;
import org.convene.http.HealthRoutes;
import org.convene.http.HttpFront;
import org.convene.http.HttpFrontConfig;
import org.convene.http.ReadinessCheck;
import org.convene.core.usecase.MyAgendaUseCase;
import org.convene.core.usecase.SpaceLifecycleUseCase;
import org.convene.core.usecase.ShowEventUseCase;
import org.convene.slack.SlackBot;
import org.convene.slack.SlackSettings;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Starts the chat platforms the settings name and the one HTTP server of the instance ({@code /healthz},
 * {@code /readyz}, {@code /metrics}, the public pages, feeds and event list, and Slack's events in HTTP mode), hands
 * each to the application to stop, and returns the platforms' publishers. The server listens before Discord
 * connects, so {@code /readyz} tells a slow gateway.
 */
final class Platforms {

    private static final Logger LOG = LoggerFactory.getLogger(Platforms.class);

    private Platforms() {
    }

    static List<Publisher> start(Injector injector, Settings settings, Application application) {
        List<Publisher> publishers = new ArrayList<>();
        Settings.HttpSection http = settings.http();
        HttpFront front = new HttpFront(new HttpFrontConfig(http.host(), http.port(), http.limits(),
                HttpFrontConfig.DEFAULT_STOP_TIMEOUT));
        CoreReadiness core = injector.getInstance(CoreReadiness.class);
        List<ReadinessCheck> checks = new ArrayList<>(List.of(core.database(), core.outbox()));
        SlackBot slack = null;
        if (settings.slack().enabled()) {
            slack = new SlackBot(slackSettings(settings), injector.getInstance(CommandService.class),
                    injector.getInstance(MyAgendaUseCase.class), injector.getInstance(ListEventsUseCase.class),
                    injector.getInstance(SpaceLifecycleUseCase.class), injector.getInstance(ShowEventUseCase.class),
                    java.util.Optional.of(injector.getInstance(org.convene.core.usecase.DatePollUseCase.class)),
                    injector.getInstance(Clock.class), injector.getInstance(PlatformMeters.class));
            slack.serveOn(front);
            application.started(slack);
            slack.start();
            publishers.add(slack.publisher());
            checks.add(slack::readinessProblem);
        }
        DiscordBot discordBot = null;
        if (settings.discord().enabled()) {
            Settings.DiscordSection discord = settings.discord();
            discordBot = new DiscordBot(new DiscordSettings(discord.token().orElseThrow(), discord.guildIds(),
                    discord.apiUrl(), discord.gatewayUrl(), discord.shards(), discord.firstShard(),
                    discord.lastShard()), injector.getInstance(CommandService.class),
                    injector.getInstance(ListGroupsUseCase.class), injector.getInstance(ListEventsUseCase.class),
                    java.util.Optional.of(injector.getInstance(org.convene.core.usecase.DatePollUseCase.class)),
                    injector.getInstance(PlatformMeters.class));
            checks.add(discordBot::readinessProblem);
        }
        PublicFace.mount(front, injector);
        InstanceMetrics metrics = injector.getInstance(InstanceMetrics.class);
        application.started(metrics);
        application.serve(HealthRoutes.mount(metrics.mount(front), checks));
        if (slack != null) {
            LOG.info("Serving Slack ({})", settings.slack().appToken().isPresent() ? "Socket Mode"
                    : "HTTP on " + http.host() + ":" + slack.port() + "/slack/events");
        }
        if (discordBot != null) {
            Settings.DiscordSection discord = settings.discord();
            application.started(discordBot);
            discordBot.start();
            publishers.add(discordBot.publisher());
            LOG.info("Serving Discord (shards {}-{} of {})", discord.firstShard(), discord.lastShard(),
                    discord.shards());
        }
        return publishers;
    }

    static SlackSettings slackSettings(Settings settings) {
        Settings.SlackSection slack = settings.slack();
        return new SlackSettings(slack.botToken().orElseThrow(), slack.signingSecret().orElseThrow(),
                slack.appToken(), slack.apiUrl(), settings.http().host(), settings.http().port(),
                settings.http().limits());
    }
}
