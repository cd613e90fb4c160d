package org.convene.discord.standin;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.concurrent.TimeUnit;
import net.dv8tion.jda.api.JDA;
import net.dv8tion.jda.api.entities.Guild;
import net.dv8tion.jda.api.entities.Message;
import net.dv8tion.jda.api.entities.ScheduledEvent;
import net.dv8tion.jda.api.entities.channel.concrete.TextChannel;
import net.dv8tion.jda.api.exceptions.ErrorResponseException;
import net.dv8tion.jda.api.requests.ErrorResponse;
import net.dv8tion.jda.api.interactions.commands.Command;
import net.dv8tion.jda.api.interactions.commands.OptionType;
import net.dv8tion.jda.api.interactions.commands.build.Commands;
import net.dv8tion.jda.api.interactions.commands.build.SubcommandData;
import net.dv8tion.jda.api.utils.FileUpload;
import net.dv8tion.jda.api.utils.data.DataObject;
import org.junit.jupiter.api.AutoClose;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

@Timeout(value = 90, unit = TimeUnit.SECONDS)
class JdaRestCallsTest {
    private static final Duration TIMEOUT = Duration.ofSeconds(15);
    private static final String CHANNEL_MESSAGES = "/channels/{channelId}/messages";

    private final StandInChannel meetups = StandInChannel.named("meetups");
    private final StandInGuild library = StandInGuild.named("Library Friends", meetups);
    @AutoClose
    private final ConnectedStandIn connection = new ConnectedStandIn();
    private DiscordStandIn discord;
    private JDA jda;

    @BeforeEach
    void connect() {
        discord = connection.start(library);
        jda = connection.connect();
    }

    private TextChannel meetupsChannel() {
        return jda.getTextChannelById(meetups.id());
    }

    @Test
    void registeredCommandsArriveAsABodyTheTestCanInspect() {
        List<Command> registered = jda.updateCommands()
                .addCommands(Commands.slash("meetup", "Community meetups")
                        .addSubcommands(
                                new SubcommandData("join", "Join a group")
                                        .addOption(OptionType.STRING, "group", "The group's slug", true, true),
                                new SubcommandData("events", "Upcoming events")))
                .complete();

        RecordedRequest request = discord.awaitRequest(
                RecordedRequest.to("PUT", "/applications/{applicationId}/commands"), TIMEOUT);
        DataObject meetup = request.bodyArray().getObject(0);
        assertThat(meetup.getString("name")).isEqualTo("meetup");
        DataObject join = meetup.getArray("options").getObject(0);
        assertThat(join.getString("name")).isEqualTo("join");
        assertThat(join.getArray("options").getObject(0).getBoolean("autocomplete")).isTrue();
        assertThat(registered).singleElement().satisfies(command -> {
            assertThat(command.getIdLong()).isEqualTo(discord.commandId("meetup"));
            assertThat(command.getSubcommands()).extracting(Command.Subcommand::getName)
                    .containsExactly("join", "events");
        });
    }

    @Test
    void guildCommandsGoToTheGuildsRoute() {
        Guild guild = jda.getGuildById(library.id());

        List<Command> registered = guild.updateCommands()
                .addCommands(Commands.slash("organizer", "Organizer tools"))
                .complete();

        RecordedRequest request = discord.awaitRequest(
                RecordedRequest.to("PUT", "/applications/{applicationId}/guilds/{guildId}/commands"), TIMEOUT);
        assertThat(request.pathVariables("/applications/{applicationId}/guilds/{guildId}/commands"))
                .containsEntry("guildId", Long.toUnsignedString(library.id()));
        assertThat(registered).extracting(Command::getName).containsExactly("organizer");
    }

    @Test
    void aChannelMessageArrivesAndComesBackWithAnId() {
        Message sent = meetupsChannel().sendMessage("Book club meets Thursday").complete();

        RecordedRequest request = discord.awaitRequest(RecordedRequest.to("POST", CHANNEL_MESSAGES), TIMEOUT);
        assertThat(request.pathVariables(CHANNEL_MESSAGES))
                .containsEntry("channelId", Long.toUnsignedString(meetups.id()));
        assertThat(request.bodyObject().getString("content")).isEqualTo("Book club meets Thursday");
        assertThat(sent.getContentRaw()).isEqualTo("Book club meets Thursday");
        assertThat(sent.getAuthor().getIdLong()).isEqualTo(discord.botUser().id());
        assertThat(discord.message(sent.getIdLong())).isPresent();
    }

    @Test
    void aMessageJdaSentCanBeEdited() {
        Message sent = meetupsChannel().sendMessage("Book club meets Thursday").complete();

        Message edited = sent.editMessage("Book club moved to Friday").complete();

        RecordedRequest request = discord.awaitRequest(
                RecordedRequest.to("PATCH", "/channels/{channelId}/messages/{messageId}"), TIMEOUT);
        assertThat(request.status()).isEqualTo(200);
        assertThat(edited.getContentRaw()).isEqualTo("Book club moved to Friday");
        assertThat(edited.getTimeEdited()).isNotNull();
    }

    @Test
    void afterA429JdaWaitsForRetryAfterAndSendsTheMessageExactlyOnce() {
        discord.rateLimitNext("POST", CHANNEL_MESSAGES);

        Message sent = meetupsChannel().sendMessage("Workshop time changed").complete();

        List<RecordedRequest> attempts = discord.requests().stream()
                .filter(RecordedRequest.to("POST", CHANNEL_MESSAGES))
                .toList();
        assertThat(attempts).extracting(RecordedRequest::status).containsExactly(429, 200);
        assertThat(attempts.get(1).elapsedSince(attempts.get(0))).isGreaterThanOrEqualTo(Duration.ofMillis(900));
        assertThat(attempts.get(1).bodyObject().getString("content")).isEqualTo("Workshop time changed");
        assertThat(discord.message(sent.getIdLong()).orElseThrow().getString("content"))
                .isEqualTo("Workshop time changed");
    }

    @Test
    void aFileUploadArrivesWithItsContent() {
        byte[] csv = "member,answer\nada,going\n".getBytes(StandardCharsets.UTF_8);

        Message sent = meetupsChannel()
                .sendMessage("Attendees")
                .addFiles(FileUpload.fromData(csv, "attendees.csv"))
                .complete();

        RecordedRequest request = discord.awaitRequest(RecordedRequest.to("POST", CHANNEL_MESSAGES), TIMEOUT);
        assertThat(request.bodyObject().getString("content")).isEqualTo("Attendees");
        assertThat(request.files()).singleElement().satisfies(file -> {
            assertThat(file.filename()).isEqualTo("attendees.csv");
            assertThat(file.text()).isEqualTo("member,answer\nada,going\n");
        });
        assertThat(sent.getAttachments()).singleElement().satisfies(attachment -> {
            assertThat(attachment.getFileName()).isEqualTo("attendees.csv");
            assertThat(attachment.getSize()).isEqualTo(csv.length);
        });
    }

    @Test
    void aDirectMessageOpensAChannelAndSendsIntoIt() {
        StandInUser ada = StandInUser.named("ada");

        Message sent = jda.openPrivateChannelById(ada.id())
                .flatMap(channel -> channel.sendMessage("You are off the waitlist"))
                .complete();

        RecordedRequest open = discord.awaitRequest(RecordedRequest.to("POST", "/users/@me/channels"), TIMEOUT);
        assertThat(open.bodyObject().getUnsignedLong("recipient_id")).isEqualTo(ada.id());
        RecordedRequest message = discord.awaitRequest(RecordedRequest.to("POST", CHANNEL_MESSAGES), TIMEOUT);
        assertThat(message.pathVariables(CHANNEL_MESSAGES))
                .containsEntry("channelId", Long.toUnsignedString(sent.getChannel().getIdLong()));
        assertThat(message.bodyObject().getString("content")).isEqualTo("You are off the waitlist");
        assertThat(sent.getChannel().asPrivateChannel().getUser().getIdLong()).isEqualTo(ada.id());
    }

    @Test
    void aScheduledEventCanBeCreatedEditedAndDeleted() {
        Guild guild = jda.getGuildById(library.id());
        OffsetDateTime start = OffsetDateTime.now(ZoneOffset.UTC).plusDays(30).truncatedTo(ChronoUnit.HOURS);

        ScheduledEvent created = guild.createScheduledEvent("Book club", "Library, room 2", start, start.plusHours(2))
                .setDescription("We read Piranesi")
                .complete();
        created.getManager().setName("Book club: Piranesi").complete();
        created.delete().complete();

        String events = "/guilds/{guildId}/scheduled-events";
        String event = events + "/{eventId}";
        DataObject sent = discord.awaitRequest(RecordedRequest.to("POST", events), TIMEOUT).bodyObject();
        assertThat(sent.getString("name")).isEqualTo("Book club");
        assertThat(sent.getObject("entity_metadata").getString("location")).isEqualTo("Library, room 2");
        assertThat(created.getName()).isEqualTo("Book club");
        assertThat(created.getLocation()).isEqualTo("Library, room 2");
        assertThat(created.getStartTime()).isEqualTo(start);
        assertThat(created.getStatus()).isEqualTo(ScheduledEvent.Status.SCHEDULED);
        RecordedRequest edit = discord.awaitRequest(RecordedRequest.to("PATCH", event), TIMEOUT);
        assertThat(edit.bodyObject().getString("name")).isEqualTo("Book club: Piranesi");
        assertThat(edit.pathVariables(event)).containsEntry("eventId", created.getId());
        assertThat(discord.awaitRequest(RecordedRequest.to("DELETE", event), TIMEOUT).status()).isEqualTo(204);
    }

    @Test
    void aPlannedErrorReachesJdaAsDiscordsErrorResponse() {
        discord.answerNext("POST", CHANNEL_MESSAGES, RestAnswer.error(403, 50007, "Cannot send messages to this user"));
        StandInUser ada = StandInUser.named("ada");

        assertThatThrownBy(() -> jda.openPrivateChannelById(ada.id())
                        .flatMap(channel -> channel.sendMessage("Your seat is confirmed"))
                        .complete())
                .isInstanceOfSatisfying(ErrorResponseException.class, error ->
                        assertThat(error.getErrorResponse()).isEqualTo(ErrorResponse.CANNOT_SEND_TO_USER));
        assertThat(discord.awaitRequest(RecordedRequest.to("POST", CHANNEL_MESSAGES), TIMEOUT).status())
                .isEqualTo(403);
    }

    @Test
    void aRouteTheStandInDoesNotServeIsAnswered404AndRecorded() {
        assertThatThrownBy(() -> jda.retrieveApplicationInfo().complete())
                .isInstanceOf(ErrorResponseException.class);

        assertThat(discord.unknownRouteRequests()).singleElement().satisfies(request -> {
            assertThat(request.isTo("GET", "/oauth2/applications/@me")).isTrue();
            assertThat(request.status()).isEqualTo(404);
        });
    }
}
