package org.convene.slack;

import static org.assertj.core.api.Assertions.assertThat;
import static org.convene.slack.ModalStates.picked;
import static org.convene.slack.SlackBotFixture.ADMIN;
import static org.convene.slack.SlackBotFixture.GROUP;
import static org.convene.slack.SlackBotFixture.TIMEOUT;
import static org.convene.slack.SlackBotFixture.shown;

import com.google.gson.JsonObject;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import org.convene.core.testing.RowLock;
import org.convene.slack.interaction.EventModal;
import org.convene.slack.standin.HttpReply;
import org.convene.slack.standin.RecordedCall;
import org.convene.slack.standin.SignedRequests;
import org.junit.jupiter.api.AutoClose;
import org.junit.jupiter.api.Test;

/** An organizer posting events through the Slack modal, end to end. */
class SlackBotOrganizerTest {

    /** How long the post is held up by another transaction holding its group's row. */
    private static final Duration WORK_TIME = Duration.ofMillis(3500);

    @AutoClose
    private final SlackBotFixture fixture = SlackBotFixture.withGroup();

    @Test
    void postWithoutOptionsOpensTheModalForTheGroup() {
        fixture.post(fixture.slashCommand(ADMIN, "post " + GROUP, "modal"));

        RecordedCall open = fixture.slack.awaitApiCall("views.open", TIMEOUT);
        JsonObject view = open.jsonParam("view").getAsJsonObject();
        assertThat(open.param("trigger_id")).isNotBlank();
        assertThat(view.get("callback_id").getAsString()).isEqualTo(EventModal.CALLBACK_ID);
        assertThat(view.get("private_metadata").getAsString()).isEqualTo("post:" + GROUP);
        assertThat(view.toString()).contains("datepicker").contains("timepicker").contains("static_select");
    }

    @Test
    void editWithoutOptionsOpensTheModalForTheEvent() {
        fixture.post(fixture.slashCommand(ADMIN, "edit #7", "edit-modal"));

        JsonObject view = fixture.slack.awaitApiCall("views.open", TIMEOUT).jsonParam("view").getAsJsonObject();
        assertThat(view.get("private_metadata").getAsString()).isEqualTo("edit:7");
        assertThat(view.getAsJsonObject("title").get("text").getAsString()).isEqualTo("Edit event #7");
    }

    @Test
    void organizerPostsAnEventThroughTheModalAndGetsItInTheirDirectMessages() {
        HttpReply reply = fixture.post(submission("2026-12-03", "18:00"));

        assertThat(reply.status()).isEqualTo(200);
        assertThat(reply.body()).doesNotContain("errors");
        RecordedCall message = fixture.slack.awaitApiCall("chat.postMessage", TIMEOUT);
        assertThat(message.param("channel")).isEqualTo(ADMIN);
        assertThat(shown(message)).contains("Posted #").contains("Modal book club").contains("<!date^");
        assertThat(shown(fixture.command(ADMIN, "events"))).contains("Modal book club");
    }

    @Test
    void pastDateInTheModalIsAnsweredOnTheDateField() {
        String before = fixture.kit.database.snapshot();

        HttpReply reply = fixture.post(submission("2026-10-01", "18:00"));

        assertThat(reply.status()).isEqualTo(200);
        JsonObject body = reply.json();
        assertThat(body.get("response_action").getAsString()).isEqualTo("errors");
        assertThat(body.getAsJsonObject("errors").get(EventModal.DATE).getAsString()).contains("past");
        assertThat(fixture.kit.database.snapshot()).isEqualTo(before);
    }

    @Test
    void unreadableDeadlineIsAnsweredOnTheDeadlineField() {
        JsonObject values = values("2026-12-03", "18:00");
        values.add(EventModal.DEADLINE, SignedRequests.plainTextValues(
                Map.of("x", Map.of(EventModal.ACTION, "whenever"))).getAsJsonObject("x"));

        HttpReply reply = fixture.post(fixture.requests.viewSubmission(ADMIN, EventModal.CALLBACK_ID,
                "post:" + GROUP, values));

        JsonObject errors = reply.json().getAsJsonObject("errors");
        assertThat(errors.keySet()).containsExactly(EventModal.DEADLINE);
        assertThat(errors.get(EventModal.DEADLINE).getAsString()).contains("whenever");
    }

    @Test
    void refusalOfTheCoreIsAnsweredOnTheTitleField() {
        HttpReply reply = fixture.post(fixture.requests.viewSubmission(ADMIN, EventModal.CALLBACK_ID,
                "post:nosuchgroup", values("2026-12-03", "18:00")));

        JsonObject body = reply.json();
        assertThat(body.get("response_action").getAsString()).isEqualTo("errors");
        assertThat(body.getAsJsonObject("errors").has(EventModal.TITLE)).isTrue();
    }

    @Test
    void submissionWhoseWorkTakesLongerThanThreeSecondsIsAnsweredWithinThreeSeconds() throws Exception {
        ScheduledExecutorService releaser = Executors.newSingleThreadScheduledExecutor();
        try (RowLock group = RowLock.hold(fixture.kit.database.dataSource(),
                "select id from meetup_group where slug = '" + GROUP + "' for update")) {
            Instant released = Instant.now().plus(WORK_TIME);
            releaser.schedule(group::release, WORK_TIME.toMillis(), TimeUnit.MILLISECONDS);

            long sent = System.nanoTime();
            HttpReply reply = fixture.post(submission("2026-12-03", "18:00"));
            Duration answeredAfter = Duration.ofNanos(System.nanoTime() - sent);

            assertThat(reply.status()).isEqualTo(200);
            assertThat(reply.body()).doesNotContain("errors");
            assertThat(answeredAfter).isLessThan(Duration.ofSeconds(3));
            RecordedCall message = fixture.slack.awaitApiCall("chat.postMessage", TIMEOUT);
            assertThat(message.receivedAt()).isAfterOrEqualTo(released.minusMillis(50));
            assertThat(message.param("channel")).isEqualTo(ADMIN);
            assertThat(shown(message)).contains("Posted #").contains("Modal book club");
        } finally {
            releaser.shutdownNow();
        }
    }

    @Test
    void theSameViewSubmittedTwiceCreatesOneEvent() {
        JsonObject values = values("2026-12-03", "18:00");

        HttpReply first = fixture.post(fixture.requests.viewSubmission(ADMIN, "V0TWICE", EventModal.CALLBACK_ID,
                "post:" + GROUP, values));
        HttpReply second = fixture.post(fixture.requests.viewSubmission(ADMIN, "V0TWICE", EventModal.CALLBACK_ID,
                "post:" + GROUP, values));

        assertThat(first.status()).isEqualTo(200);
        assertThat(second.status()).isEqualTo(200);
        List<RecordedCall> messages = fixture.slack.await("two outcomes in the organizer's messages",
                call -> call.isApiCall("chat.postMessage"), 2, TIMEOUT);
        assertThat(messages).extracting(SlackBotFixture::shown).filteredOn(text -> text.contains("Posted #"))
                .hasSize(1);
        assertThat(messages).extracting(SlackBotFixture::shown).filteredOn(text -> text.contains("already sent"))
                .hasSize(1);
        assertThat(shown(fixture.command(ADMIN, "events")).split("Modal book club", -1)).hasSize(2);
    }

    private org.convene.slack.standin.SignedRequest submission(String date, String time) {
        return fixture.requests.viewSubmission(ADMIN, EventModal.CALLBACK_ID, "post:" + GROUP, values(date, time));
    }

    private static JsonObject values(String date, String time) {
        JsonObject values = SignedRequests.plainTextValues(Map.of(
                EventModal.TITLE, Map.of(EventModal.ACTION, "Modal book club"),
                EventModal.CAPACITY, Map.of(EventModal.ACTION, "25"),
                EventModal.VENUE, Map.of(EventModal.ACTION, "Room <!here> 101")));
        values.add(EventModal.DATE, picked("datepicker", "selected_date", date));
        values.add(EventModal.TIME, picked("timepicker", "selected_time", time));
        return values;
    }
}
