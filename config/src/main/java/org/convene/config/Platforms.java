package org.convene.config;

import com.google.inject.Injector;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import org.convene.core.command.CommandService;
import org.convene.core.outbox.Publisher;
import org.convene.core.usecase.ListEventsUseCase;
import org.convene.core.usecase.ListGroupsUseCase;
import org.convene.discord.DiscordBot;
import org.convene.discord.DiscordSettings;
import org.convene.core.usecase.MyAgendaUseCase;
import org.convene.core.usecase.SpaceLifecycleUseCase;
import org.convene.core.usecase.ShowEventUseCase;
import org.convene.slack.SlackBot;
import org.convene.slack.SlackSettings;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** Starts the chat platforms the settings name, hands each to the application to stop, and returns their publishers. */
final class Platforms {

    private static final Logger LOG = LoggerFactory.getLogger(Platforms.class);

    private Platforms() {
    }

    static List<Publisher> start(Injector injector, Settings settings, Application application) {
        List<Publisher> publishers = new ArrayList<>();
        if (settings.slack().enabled()) {
            SlackBot slack = new SlackBot(slackSettings(settings), injector.getInstance(CommandService.class),
                    injector.getInstance(MyAgendaUseCase.class), injector.getInstance(ListEventsUseCase.class),
                    injector.getInstance(SpaceLifecycleUseCase.class), injector.getInstance(ShowEventUseCase.class),
                    injector.getInstance(Clock.class));
            application.started(slack);
            slack.start();
            publishers.add(slack.publisher());
            LOG.info("Serving Slack ({})", settings.slack().appToken().isPresent() ? "Socket Mode"
                    : "HTTP on " + settings.http().host() + ":" + slack.port() + "/slack/events");
        }
        if (settings.discord().enabled()) {
            Settings.DiscordSection discord = settings.discord();
            DiscordBot bot = new DiscordBot(new DiscordSettings(discord.token().orElseThrow(), discord.guildIds(),
                    discord.apiUrl(), discord.gatewayUrl(), discord.shards(), discord.firstShard(),
                    discord.lastShard()), injector.getInstance(CommandService.class),
                    injector.getInstance(ListGroupsUseCase.class), injector.getInstance(ListEventsUseCase.class));
            application.started(bot);
            bot.start();
            publishers.add(bot.publisher());
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
