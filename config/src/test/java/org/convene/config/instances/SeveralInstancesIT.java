package org.convene.config.instances;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import net.dv8tion.jda.api.Permission;
import org.convene.config.DistributionRun;
import org.convene.config.InstanceSlack;
import org.convene.config.PackagedInstance;
import org.convene.core.testing.StoppablePostgres;
import org.convene.discord.standin.DiscordStandIn;
import org.convene.discord.standin.GatewayFrame;
import org.convene.discord.standin.InteractionOrigin;
import org.convene.discord.standin.RecordedRequest;
import org.convene.discord.standin.SentInteraction;
import org.convene.discord.standin.SlashCommand;
import org.convene.discord.standin.Snowflakes;
import org.convene.discord.standin.StandInChannel;
import org.convene.discord.standin.StandInGuild;
import org.convene.discord.standin.StandInUser;
import org.convene.slack.standin.RecordedCall;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.io.TempDir;

/**
 * Two real instances of the packaged distribution, started at once on one empty PostgreSQL server, serving one Slack
 * workspace and the two shards of one Discord bot: they behave as one bot, and each delivers to the Discord guilds
 * of its own shard. Each test uses groups of its own; the last one kills instance A with SIGKILL.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class SeveralInstancesIT {

    private static final String SIGNING_SECRET = "instances-signing-secret-41c7";
    private static final String ADMIN = "U0ADMIN";
    private static final Duration START = Duration.ofSeconds(120);
    private static final Duration REPLY = Duration.ofSeconds(30);
    private static final int LEASE_SECONDS = 4;
    private static final Pattern POSTED = Pattern.compile("Posted #(\\d+)");
    private static final Pattern LINK_CODE = Pattern.compile("link-space ([A-Z0-9-]+)");
    private static final String CHANNEL_MESSAGES = "/channels/{channelId}/messages";
    private static final StandInGuild GUILD_ON_SHARD_ZERO = StandInGuild.withId(Snowflakes.onShard(0, 2), "Shard zero",
            StandInChannel.named("announcements"));
    private static final StandInGuild GUILD_ON_SHARD_ONE = StandInGuild.withId(Snowflakes.onShard(1, 2), "Shard one",
            StandInChannel.named("announcements"));

    @TempDir
    static Path scratch;

    private static StoppablePostgres postgres;
    private static InstanceSlack slack;
    private static DiscordStandIn discord;
    private static PackagedInstance first;
    private static PackagedInstance second;

    @BeforeAll
    static void startTwoInstancesAtOnce() throws Exception {
        postgres = StoppablePostgres.start();
        slack = InstanceSlack.start(SIGNING_SECRET);
        slack.standIn().setUser(ADMIN, true, false);
        discord = DiscordStandIn.start(GUILD_ON_SHARD_ZERO, GUILD_ON_SHARD_ONE);
        DistributionRun distribution = DistributionRun.unpack(scratch);
        Map<String, String> shared = new HashMap<>(slack.settings());
        shared.putAll(Map.of(
                "CONVENE_DATABASE_URL", postgres.jdbcUrl(),
                "CONVENE_OUTBOX_LEASE_SECONDS", Integer.toString(LEASE_SECONDS),
                "DISCORD_TOKEN", discord.botToken(),
                "CONVENE_DISCORD_API_URL", discord.restBaseUrl(),
                "CONVENE_DISCORD_GATEWAY_URL", discord.gatewayUrl(),
                "CONVENE_DISCORD_SHARDS", "2"));
        first = start(distribution, "a", shared, "0");
        second = start(distribution, "b", shared, "1");
        first.awaitUp(START);
        second.awaitUp(START);
    }

    /** Starts an instance with the settings every instance shares and its own shard range, without waiting. */
    private static PackagedInstance start(DistributionRun distribution, String name, Map<String, String> shared,
                                          String shardRange) throws IOException {
        Map<String, String> settings = new HashMap<>(shared);
        settings.put("CONVENE_DISCORD_SHARD_RANGE", shardRange);
        return PackagedInstance.start(distribution, name, Files.createDirectories(scratch.resolve(name)), settings,
                "Serving Discord");
    }

    @AfterAll
    static void stop() throws Exception {
        for (AutoCloseable resource : new AutoCloseable[] {first, second, discord, slack, postgres}) {
            if (resource != null) {
                resource.close();
            }
        }
    }

    @Test
    @Order(1)
    void startedAtOnceOnAnEmptyDatabaseTheyMigrateItOnceAndBothAreReadyWithNoErrorLogged() throws Exception {
        List<String> versions = query("select version from flyway_schema_history where version is not null "
                + "and success order by installed_rank", row -> row.getString(1));
        List<String> failed = query("select version from flyway_schema_history where not success",
                row -> row.getString(1));

        assertThat(versions).isNotEmpty().doesNotHaveDuplicates().contains("1");
        assertThat(failed).isEmpty();
        for (PackagedInstance instance : List.of(first, second)) {
            assertThat(Polling.until(instance + " ready", REPLY, () -> Optional.of(instance.readiness())
                    .filter(status -> status == 200))).isEqualTo(200);
            assertThat(instance.errors().lines().filter(line -> line.contains("ERROR")
                    || line.contains("WARN") && line.toLowerCase().contains("flyway")).toList())
                    .as(instance + " logged").isEmpty();
        }
    }

    @Test
    @Order(2)
    void theInstanceHoldingShardZeroRegistersTheCommandsOnceAndEachShardAnswersItsOwnGuilds() {
        assertThat(discord.requests()).filteredOn(RecordedRequest.to("PUT", "/applications/{applicationId}/commands"))
                .hasSize(1);
        assertThat(discord.gatewayFrames()).filteredOn(frame -> frame.op() == GatewayFrame.IDENTIFY)
                .extracting(frame -> frame.data().getArray("shard").getInt(0) + " of "
                        + frame.data().getArray("shard").getInt(1))
                .containsExactlyInAnyOrder("0 of 2", "1 of 2");

        for (int shard = 0; shard < 2; shard++) {
            InteractionOrigin origin = InteractionOrigin.inGuild(Snowflakes.onShard(shard, 2),
                    StandInChannel.named("meetups"), StandInUser.named("ada"));
            SentInteraction help = discord.sendSlashCommand(SlashCommand.named("meetup").subcommand("help"), origin);

            assertThat(discord.awaitRequest(request -> request.path().contains(help.token())
                    && request.method().equals("PATCH"), REPLY).bodyText()).contains("Convene runs this community");
        }
    }

    @Test
    @Order(3)
    void aGroupCreatedThroughOneIsJoinedThroughTheOtherWithinASecond() {
        assertThat(command(second, "C0VISIBLE", "join visible")).doesNotContain("You joined");
        assertThat(command(first, "C0VISIBLE", "group create visible \"Seen everywhere\""))
                .contains("Created Seen everywhere (visible)");
        long created = System.nanoTime();

        String joined = Polling.until("instance b lets a member join the group instance a created", REPLY, () ->
                Optional.of(command(second, "C0VISIBLE", "join visible")).filter(reply -> reply.contains("You joined")));
        Duration delay = Duration.ofNanos(System.nanoTime() - created);

        assertThat(joined).contains("You joined Seen everywhere");
        assertThat(delay).as("from instance a's reply to instance b's").isLessThan(Duration.ofSeconds(1));
        System.out.printf("a group created through instance a was joined through instance b after %d ms%n",
                delay.toMillis());
    }

    @Test
    @Order(4)
    void anEventPostedThroughOneIsAnnouncedOncePerChannelThoughBothDeliver() {
        assertThat(command(first, "C0HERE", "group create announced \"Announced once\"")).contains("Created");
        List<String> channels = List.of("C0ANNOUNCE1", "C0ANNOUNCE2", "C0ANNOUNCE3");
        for (int index = 0; index < channels.size(); index++) {
            assertThat(command(index % 2 == 0 ? first : second, channels.get(index), "announce-here announced"))
                    .contains("From now on");
        }

        long event = post(first, "announced", "Once per channel", "2027-02-02 18:00");
        awaitAllSent(List.of(event));

        assertThat(announcements("Once per channel")).isEqualTo(
                channels.stream().collect(Collectors.toMap(Function.identity(), channel -> 1)));
    }

    @Test
    @Order(5)
    void anEventPostedThroughOneIsAnnouncedOnceInADiscordChannelOfEachShardByTheInstanceRunningIt() {
        assertThat(command(first, "C0HERE", "group create sharded \"Sharded\"")).contains("Created");
        for (StandInGuild guild : List.of(GUILD_ON_SHARD_ZERO, GUILD_ON_SHARD_ONE)) {
            Matcher code = LINK_CODE.matcher(command(second, "C0HERE", "link-space"));
            assertThat(code.find()).isTrue();
            assertThat(discordCommand(guild, SlashCommand.named("meetup").subcommand("link-space")
                    .option("code", code.group(1)))).contains("now part of");
            assertThat(discordCommand(guild, SlashCommand.named("meetup").subcommand("announce-here")
                    .option("group", "sharded"))).contains("From now on");
        }

        List<Long> events = new ArrayList<>();
        for (int index = 0; index < 3; index++) {
            events.add(post(index % 2 == 0 ? first : second, "sharded", "Once per shard " + index,
                    "2027-02-0" + (index + 3) + " 18:00"));
        }
        awaitAllSent(events);

        Map<String, Integer> posted = new HashMap<>();
        for (RecordedRequest request : discord.requests()) {
            if (request.isTo("POST", CHANNEL_MESSAGES) && request.bodyText().contains("Once per shard")) {
                posted.merge(request.pathVariables(CHANNEL_MESSAGES).get("channelId"), 1, Integer::sum);
            }
        }
        assertThat(posted).isEqualTo(Map.of(
                Long.toUnsignedString(GUILD_ON_SHARD_ZERO.defaultChannel().id()), events.size(),
                Long.toUnsignedString(GUILD_ON_SHARD_ONE.defaultChannel().id()), events.size()));
        String ids = events.stream().map(String::valueOf).collect(Collectors.joining(","));
        assertThat(query("select attempts from outbox where event_id in (" + ids + ") and platform = 'DISCORD' "
                + "and kind = 'ANNOUNCEMENT'", row -> row.getInt(1)))
                .as("each claimed once, by the instance running its guild's shard").hasSize(2 * events.size())
                .containsOnly(1);
    }

    @Test
    @Order(6)
    void anInstanceKilledMidDeliveryLosesNoMessageAndRepeatsOnlyWhatItHadInFlight() throws Exception {
        assertThat(command(first, "C0HERE", "group create survivors \"Survivors\"")).contains("Created");
        List<String> channels = List.of("C0SURVIVE1", "C0SURVIVE2", "C0SURVIVE3");
        for (String channel : channels) {
            assertThat(command(second, channel, "announce-here survivors")).contains("From now on");
        }
        slack.standIn().delayAnswers("chat.postMessage", Duration.ofMillis(800));
        List<Long> events = new ArrayList<>();
        for (int index = 0; index < 6; index++) {
            events.add(post(index % 2 == 0 ? first : second, "survivors", "Survivor " + index,
                    "2027-03-0" + (index + 1) + " 18:00"));
        }
        String owner = first.pid() + "@%";
        Polling.until("instance a holding an announcement it is delivering", REPLY, () -> Optional.of(
                count("select count(*) from outbox where status = 'PENDING' and lease_owner like ? "
                        + "and lease_until > now()", owner)).filter(held -> held > 0));

        int exit = first.kill();
        List<String> inFlight = query("select channel_id || ' ' || event_id from outbox where status = 'PENDING' "
                + "and lease_owner like '" + first.pid() + "@%'", row -> row.getString(1));
        awaitAllSent(events);

        assertThat(exit).isEqualTo(137);
        Map<String, Integer> sent = new HashMap<>();
        for (int index = 0; index < events.size(); index++) {
            long event = events.get(index);
            announcements("Survivor " + index).forEach((channel, times) -> sent.put(channel + " " + event, times));
        }
        Set<String> expected = new HashSet<>();
        events.forEach(event -> channels.forEach(channel -> expected.add(channel + " " + event)));
        assertThat(sent.keySet()).as("every announcement reached its channel").isEqualTo(expected);
        Set<String> repeated = sent.entrySet().stream().filter(entry -> entry.getValue() > 1)
                .map(Map.Entry::getKey).collect(Collectors.toSet());
        assertThat(sent.values()).as("no announcement is sent three times").allMatch(times -> times <= 2);
        assertThat(repeated).as("repeated only what instance a had claimed when killed").isSubsetOf(inFlight);
        assertThat(repeated.size()).as("at most one repeat per worker of instance a").isLessThanOrEqualTo(2);
        assertThat(second.readiness()).isEqualTo(200);
        System.out.printf("kill -9 mid-delivery: %d announcements, %d held by the killed instance, %d repeated%n",
                expected.size(), inFlight.size(), repeated.size());
    }

    /** Sends {@code /meetup text} as the admin in the channel to the instance and returns the reply. */
    private static String command(PackagedInstance instance, String channel, String text) {
        return slack.meetup(instance, ADMIN, channel, text, REPLY);
    }

    /**
     * Sends the slash command as an admin of the guild (by the role JDA's cache knows, and the permissions Discord
     * sends), in its first channel, and returns the reply.
     */
    private static String discordCommand(StandInGuild guild, SlashCommand command) {
        SentInteraction sent = discord.sendSlashCommand(command, InteractionOrigin.inGuild(guild,
                StandInUser.named("ada")).withRoles(guild.adminRoleId()).withPermissions(Permission.MANAGE_SERVER,
                Permission.MESSAGE_SEND));
        return discord.awaitRequest(request -> request.path().contains(sent.token())
                && request.method().equals("PATCH"), REPLY).bodyText();
    }

    private static long post(PackagedInstance instance, String group, String title, String when) {
        String reply = command(instance, "C0HERE", "post " + group + " \"" + title + "\" when=\"" + when + "\"");
        Matcher posted = POSTED.matcher(reply);
        assertThat(posted.find()).as(reply).isTrue();
        return Long.parseLong(posted.group(1));
    }

    /** How many times each channel was sent the announcement of the event with this title. */
    private static Map<String, Integer> announcements(String title) {
        Map<String, Integer> times = new HashMap<>();
        for (RecordedCall call : slack.standIn().apiCalls("chat.postMessage")) {
            if (call.params().toString().contains(title)) {
                times.merge(call.param("channel"), 1, Integer::sum);
            }
        }
        return times;
    }

    /**
     * Waits until every announcement of the events is sent. Their Discord calendar entries are left out: those of a
     * guild on the shard of a killed instance wait for an instance running that shard.
     */
    private static void awaitAllSent(List<Long> events) {
        String ids = events.stream().map(String::valueOf).collect(Collectors.joining(","));
        Polling.until("every announcement of events " + ids + " sent", Duration.ofSeconds(60), () -> Optional.of(
                count("select count(*) from outbox where event_id in (" + ids + ") and kind = 'ANNOUNCEMENT' "
                        + "and status <> 'SENT'")).filter(unsent -> unsent == 0));
        assertThat(count("select count(*) from outbox where event_id in (" + ids + ") and kind = 'ANNOUNCEMENT'"))
                .isPositive();
    }

    private interface Row<T> {
        T read(ResultSet row) throws SQLException;
    }

    private static <T> List<T> query(String sql, Row<T> reader, Object... parameters) {
        try (Connection connection = DriverManager.getConnection(postgres.jdbcUrl(), "postgres", null);
             PreparedStatement statement = connection.prepareStatement(sql)) {
            for (int index = 0; index < parameters.length; index++) {
                statement.setObject(index + 1, parameters[index]);
            }
            try (ResultSet rows = statement.executeQuery()) {
                List<T> read = new ArrayList<>();
                while (rows.next()) {
                    read.add(reader.read(rows));
                }
                return read;
            }
        } catch (SQLException failure) {
            throw new IllegalStateException(sql, failure);
        }
    }

    private static long count(String sql, Object... parameters) {
        return query(sql, row -> row.getLong(1), parameters).getFirst();
    }
}
