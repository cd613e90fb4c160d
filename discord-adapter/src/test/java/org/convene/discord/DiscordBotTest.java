package org.convene.discord;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import net.dv8tion.jda.api.utils.data.DataArray;
import net.dv8tion.jda.api.utils.data.DataObject;
import org.convene.core.metrics.PlatformMeters;
import org.convene.discord.standin.DiscordStandIn;
import org.convene.discord.standin.GatewayFrame;
import org.convene.discord.standin.RecordedRequest;
import org.convene.discord.standin.SentInteraction;
import org.convene.discord.standin.SlashCommand;
import org.convene.discord.standin.StandInChannel;
import org.convene.discord.standin.StandInGuild;
import org.junit.jupiter.api.AutoClose;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

@Timeout(value = 90, unit = TimeUnit.SECONDS)
class DiscordBotTest {

    private static final Duration TIMEOUT = Duration.ofSeconds(15);
    private static final String GUILD_COMMANDS = "/applications/{applicationId}/guilds/{guildId}/commands";

    private final StandInGuild library = StandInGuild.named("Library Friends", StandInChannel.named("meetups"));
    @AutoClose
    private final DiscordBotFixture fixture = new DiscordBotFixture(library);
    private final DiscordStandIn discord = fixture.discord;
    private DiscordBot bot;

    private DiscordBot start(List<String> guildIds) {
        bot = fixture.started(fixture.settings(guildIds, 1, 0, 0), PlatformMeters.none(), Duration.ofSeconds(30));
        return bot;
    }

    @Test
    void notReadyUntilTheGatewaySentReadyAndReadyOnceConnected() throws Exception {
        discord.holdReady();
        bot = fixture.bot();
        assertThat(bot.readinessProblem()).contains("Discord: not connected");

        CompletableFuture<Void> started = CompletableFuture.runAsync(() -> bot.start(Duration.ofSeconds(30)));
        discord.awaitGatewayFrame(frame -> frame.op() == GatewayFrame.IDENTIFY, TIMEOUT);
        assertThat(bot.readinessProblem()).hasValueSatisfying(problem -> assertThat(problem)
                .startsWith("Discord: ").isNotEqualTo("Discord: not connected"));

        discord.releaseReady();
        started.get(30, TimeUnit.SECONDS);
        assertThat(bot.readinessProblem()).isEmpty();
    }

    @Test
    void theBotStartsFromItsSettingsAndAnswersHelp() {
        start(List.of());

        assertThat(discord.awaitRequest(RecordedRequest.to("PUT", "/applications/{applicationId}/commands"), TIMEOUT)
                .status()).isEqualTo(200);
        SentInteraction help = discord.sendSlashCommand(SlashCommand.named("meetup").subcommand("help"));

        DataObject answer = discord.awaitRequest(DiscordHarness.webhook(help, "PATCH",
                "/webhooks/{applicationId}/{token}/messages/@original"), TIMEOUT).bodyObject();
        assertThat(DiscordHarness.shown(answer)).contains("Convene runs this community's meetups");
        assertThat(bot.publisher().platform()).hasToString("DISCORD");
    }

    @Test
    void meetupIsRegisteredInTheConfiguredGuildWithTypedOptionsAndAutocomplete() {
        start(List.of(Long.toUnsignedString(library.id())));

        RecordedRequest request = discord.awaitRequest(RecordedRequest.to("PUT", GUILD_COMMANDS), TIMEOUT);

        assertThat(request.pathVariables(GUILD_COMMANDS)).containsEntry("guildId", Long.toUnsignedString(library.id()));
        DataObject meetup = request.bodyArray().getObject(0);
        assertThat(meetup.getString("name")).isEqualTo("meetup");
        List<DataObject> subcommands = objects(meetup.getArray("options"));
        assertThat(subcommands).extracting(option -> option.getString("name")).contains("help", "groups", "join",
                "leave", "events", "event", "rsvp", "mine", "link", "post", "edit", "cancel", "attendees",
                "announce-here", "link-space", "reminders", "group", "organizer");
        DataObject rsvp = named(subcommands, "rsvp");
        DataObject event = named(objects(rsvp.getArray("options")), "event");
        assertThat(event.getInt("type")).isEqualTo(4);
        assertThat(event.getBoolean("autocomplete")).isTrue();
        assertThat(event.getBoolean("required")).isTrue();
        assertThat(objects(named(objects(rsvp.getArray("options")), "answer").getArray("choices")))
                .extracting(choice -> choice.getString("value")).containsExactly("going", "maybe", "no");
        assertThat(named(objects(rsvp.getArray("options")), "guests").getInt("type")).isEqualTo(4);
        DataObject join = named(subcommands, "join");
        assertThat(named(objects(join.getArray("options")), "group").getBoolean("autocomplete")).isTrue();
        DataObject organizer = named(subcommands, "organizer");
        assertThat(organizer.getInt("type")).isEqualTo(2);
        assertThat(named(objects(named(objects(organizer.getArray("options")), "add").getArray("options")), "user")
                .getInt("type")).isEqualTo(6);
        assertThat(named(objects(named(subcommands, "group").getArray("options")), "create").getInt("type"))
                .isEqualTo(1);
        assertThat(descriptions(meetup)).allSatisfy(description ->
                assertThat(description).isNotBlank().hasSizeLessThanOrEqualTo(100));
    }

    @Test
    void withSeveralShardsTheBotIdentifiesEachShardOfItsRangeAndRegistersOnce() {
        bot = fixture.bot(fixture.settings(List.of(), 2, 0, 1), PlatformMeters.none());

        bot.start(Duration.ofSeconds(30));

        assertThat(discord.requests()).filteredOn(RecordedRequest.to("PUT", "/applications/{applicationId}/commands"))
                .hasSize(1);
        assertThat(discord.gatewayFrames()).filteredOn(frame -> frame.op() == GatewayFrame.IDENTIFY).hasSize(2);
    }

    @Test
    void settingsHideTheTokenAndRefuseABadShardRange() {
        DiscordSettings settings = DiscordSettings.of("secret-token-value", List.of("1"));

        assertThat(settings.toString()).doesNotContain("secret-token-value").contains("(hidden)");
        assertThatThrownBy(() -> new DiscordSettings("t", List.of(), Optional.empty(), Optional.empty(), 2, 1, 2))
                .isInstanceOf(IllegalArgumentException.class);
    }

    private static List<DataObject> objects(DataArray array) {
        return array.stream(DataArray::getObject).toList();
    }

    private static DataObject named(List<DataObject> options, String name) {
        return options.stream().filter(option -> option.getString("name").equals(name)).findFirst().orElseThrow();
    }

    private static List<String> descriptions(DataObject option) {
        List<String> found = new ArrayList<>();
        found.add(option.getString("description"));
        option.optArray("options").ifPresent(options -> objects(options).forEach(child ->
                found.addAll(descriptions(child))));
        return found;
    }
}
