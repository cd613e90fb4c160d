package org.convene.slack;

import static org.assertj.core.api.Assertions.assertThat;
import static org.convene.slack.ModalStates.initialValues;
import static org.convene.slack.SlackBotFixture.ADMIN;
import static org.convene.slack.SlackBotFixture.TIMEOUT;
import static org.convene.slack.SlackBotFixture.shown;

import com.google.gson.JsonObject;
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
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** {@code /meetup edit <id>} opens the form with the event's current values, end to end. */
class SlackBotEditFormTest {

    @AutoClose
    private final SlackBotFixture fixture = SlackBotFixture.running();
    private long eventId;

    @BeforeEach
    void start() {
        eventId = fixture.groupWithEvent("for=90m where=\"Room 101\" online=https://meet.example.org/open "
                + "link=https://meet.example.org/secret capacity=25 guests=1 deadline=\"2026-12-02 12:00\" "
                + "description=\"Bring the book\"");
    }

    @Test
    void editFormOpensWithTheEventsCurrentValues() {
        fixture.post(fixture.slashCommand(ADMIN, "edit " + eventId, "edit-form"));

        JsonObject view = fixture.slack.awaitApiCall("views.open", TIMEOUT).jsonParam("view").getAsJsonObject();
        Map<String, String> initial = initialValues(view);
        assertThat(view.get("private_metadata").getAsString()).isEqualTo("edit:" + eventId + ":filled");
        assertThat(initial).containsEntry(EventModal.TITLE, "Book club")
                .containsEntry(EventModal.DESCRIPTION, "Bring the book")
                .containsEntry(EventModal.DATE, "2026-12-03").containsEntry(EventModal.TIME, "18:00")
                .containsEntry(EventModal.DURATION, "1h30m").containsEntry(EventModal.VENUE, "Room 101")
                .containsEntry(EventModal.ONLINE, "https://meet.example.org/open")
                .containsEntry(EventModal.LINK, "https://meet.example.org/secret")
                .containsEntry(EventModal.CAPACITY, "25").containsEntry(EventModal.GUESTS, "1")
                .containsEntry(EventModal.DEADLINE, "2026-12-02 12:00");
    }

    @Test
    void editFormOfSomeoneWhoDoesNotOrganizeTheGroupOpensEmptyAndKeepsThePrivateLinkHidden() {
        fixture.post(fixture.slashCommand("U0MEMBER", "edit " + eventId, "member-edit-form"));

        JsonObject view = fixture.slack.awaitApiCall("views.open", TIMEOUT).jsonParam("view").getAsJsonObject();
        assertThat(initialValues(view)).isEmpty();
        assertThat(view.toString()).doesNotContain("secret");
    }

    @Test
    void emptiedVenueInTheFilledEditFormRemovesTheVenueAndKeepsTheRest() {
        JsonObject values = SignedRequests.plainTextValues(Map.of(
                EventModal.TITLE, Map.of(EventModal.ACTION, "Book club"),
                EventModal.DURATION, Map.of(EventModal.ACTION, "1h30m"),
                EventModal.CAPACITY, Map.of(EventModal.ACTION, "25"),
                EventModal.LINK, Map.of(EventModal.ACTION, "https://meet.example.org/secret"),
                EventModal.ONLINE, Map.of(EventModal.ACTION, "https://meet.example.org/open"),
                EventModal.DEADLINE, Map.of(EventModal.ACTION, "2026-12-02 12:00")));

        fixture.post(fixture.requests.viewSubmission(ADMIN, EventModal.CALLBACK_ID, "edit:" + eventId + ":filled",
                values));

        String updated = shown(fixture.slack.awaitApiCall("chat.postMessage", TIMEOUT));
        assertThat(updated).contains("Updated #" + eventId).doesNotContain("Room 101").contains("of 25");
    }

    @Test
    void refusalThatComesAfterTheFormClosedReachesTheOrganizerInADirectMessage() throws Exception {
        fixture.command("U0MEMBER", "rsvp " + eventId + " going");
        fixture.command("U0OTHER", "rsvp " + eventId + " going");
        JsonObject values = SignedRequests.plainTextValues(Map.of(EventModal.CAPACITY,
                Map.of(EventModal.ACTION, "1")));
        ScheduledExecutorService releaser = Executors.newSingleThreadScheduledExecutor();
        try (RowLock event = RowLock.hold(fixture.kit.database.dataSource(),
                "select id from event where id = " + eventId + " for update")) {
            releaser.schedule(event::release, 2500, TimeUnit.MILLISECONDS);

            HttpReply reply = fixture.post(fixture.requests.viewSubmission(ADMIN, EventModal.CALLBACK_ID,
                    "edit:" + eventId, values));

            assertThat(reply.status()).isEqualTo(200);
            assertThat(reply.body()).doesNotContain("errors");
            RecordedCall message = fixture.slack.awaitApiCall("chat.postMessage", TIMEOUT);
            assertThat(message.param("channel")).isEqualTo(ADMIN);
            assertThat(shown(message)).contains("could not be saved").contains("seats");
        } finally {
            releaser.shutdownNow();
        }
    }
}
