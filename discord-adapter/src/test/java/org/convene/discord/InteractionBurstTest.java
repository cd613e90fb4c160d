package org.convene.discord;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.convene.discord.standin.DiscordStandIn;
import org.convene.discord.standin.RateLimit;
import org.convene.discord.standin.RecordedRequest;
import org.convene.discord.standin.SentInteraction;
import org.convene.discord.standin.SlashCommand;
import org.junit.jupiter.api.AutoClose;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/**
 * The real bot and JDA under a burst of interactions, with Discord answering some callbacks with 429 and some
 * slowly: every interaction is answered, none fails, and each 429 holds back its own bucket only.
 */
@Timeout(value = 120, unit = TimeUnit.SECONDS)
class InteractionBurstTest {

    private static final String CALLBACK = "/interactions/{interactionId}/{token}/callback";
    private static final String ORIGINAL = "/webhooks/{applicationId}/{token}/messages/@original";
    private static final int BURST = 300;
    private static final int REFUSED = 15;
    private static final int SLOW = 15;
    private static final Duration SLOW_ANSWER = Duration.ofMillis(400);
    /** JDA waits whole seconds on a 429 (the stand-in's Retry-After rounds 0.3 s up to 1 s). */
    private static final Duration RETRY_AFTER = Duration.ofSeconds(1);
    private static final Duration WAIT = Duration.ofSeconds(90);

    @AutoClose
    private final DiscordBotFixture fixture = new DiscordBotFixture();
    private final DiscordStandIn discord = fixture.discord;
    private DiscordBot bot;

    @Test
    void everyCallbackOfABurstArrivesAndEach429HoldsBackOnlyItsOwnBucket() {
        bot = fixture.bot();
        bot.start(Duration.ofSeconds(60));
        for (int refused = 0; refused < REFUSED; refused++) {
            discord.rateLimitNext("POST", CALLBACK, new RateLimit(Duration.ofMillis(300), false));
        }
        for (int slow = 0; slow < SLOW; slow++) {
            discord.answerNextAfter("POST", CALLBACK, SLOW_ANSWER);
        }

        List<SentInteraction> sent = new ArrayList<>();
        for (int index = 0; index < BURST; index++) {
            sent.add(discord.sendSlashCommand(SlashCommand.named("meetup").subcommand("help")));
        }

        List<RecordedRequest> answered = discord.awaitRequests(request -> request.isTo("POST", CALLBACK)
                && request.status() / 100 == 2, BURST, WAIT);
        assertThat(sent).allSatisfy(interaction ->
                assertThat(answered).filteredOn(interaction.callback()).hasSize(1));
        List<RecordedRequest> refusals = discord.requests().stream()
                .filter(request -> request.isTo("POST", CALLBACK) && request.status() == 429).toList();
        assertThat(refusals).hasSize(REFUSED);
        for (RecordedRequest refusal : refusals) {
            RecordedRequest retry = retryOf(refusal, answered);
            assertThat(retry.elapsedSince(refusal)).as("the retry of %s", refusal.path())
                    .isGreaterThanOrEqualTo(RETRY_AFTER);
        }
        RecordedRequest firstRefusal = refusals.getFirst();
        long firstRetry = retryOf(firstRefusal, answered).receivedNanos();
        assertThat(answered).as("callbacks of other interactions while the first refused one waited")
                .anySatisfy(other -> assertThat(other.receivedNanos()).isBetween(firstRefusal.receivedNanos(),
                        firstRetry - 1));
        assertThat(discord.awaitRequests(RecordedRequest.to("PATCH", ORIGINAL), BURST, WAIT)).hasSize(BURST);
    }

    private static RecordedRequest retryOf(RecordedRequest refusal, List<RecordedRequest> answered) {
        return answered.stream().filter(request -> request.path().equals(refusal.path())).findFirst()
                .orElseThrow();
    }
}
