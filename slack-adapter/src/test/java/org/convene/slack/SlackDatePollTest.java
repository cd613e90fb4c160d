package org.convene.slack;

import static org.assertj.core.api.Assertions.assertThat;
import static org.convene.slack.ModalStates.initialValues;
import static org.convene.slack.ModalStates.picked;
import static org.convene.slack.SlackBotFixture.ADMIN;
import static org.convene.slack.SlackBotFixture.CHANNEL;
import static org.convene.slack.SlackBotFixture.GROUP;
import static org.convene.slack.SlackBotFixture.TIMEOUT;
import static org.convene.slack.SlackBotFixture.shown;

import com.google.gson.JsonObject;
import java.time.LocalDateTime;
import java.util.HashMap;
import java.util.Map;
import org.convene.core.domain.DatePoll;
import org.convene.core.domain.Event;
import org.convene.core.testing.CoreKit;
import org.convene.slack.interaction.EventModal;
import org.convene.slack.standin.RecordedCall;
import org.convene.slack.standin.SignedRequests;
import org.convene.slack.standin.SignedRequests.Action;
import org.convene.slack.standin.SignedRequests.Origin;
import org.junit.jupiter.api.AutoClose;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** A date poll through the real Bolt: its card's buttons, closing it, and the filled event form its winner opens. */
class SlackDatePollTest {

    private static final String MEMBER = "U0MEMBER";
    private static final String OTHER = "U0OTHER";

    @AutoClose
    private final SlackBotFixture fixture = SlackBotFixture.running();

    @BeforeEach
    void start() {
        fixture.command(ADMIN, "group create " + GROUP + " \"Code4Lib NYC\"");
        fixture.command(ADMIN, "announce-here " + GROUP);
    }

    @Test
    void membersVoteWithTheCardsButtonsAndTheWinnersPostButtonOpensTheFilledFormWhoseSubmissionPostsTheEvent() {
        String opened = shown(fixture.command(ADMIN, "poll " + GROUP
                + " \"Book club\" \"Dec 3 6pm\" \"Dec 10 6pm\" for=90m where=\"Room 4\""));
        assertThat(opened).contains("Poll #1 is open");
        fixture.kit.worker("worker", fixture.bot.publisher()).drain();
        RecordedCall card = fixture.slack.awaitApiCall("chat.postMessage", TIMEOUT);
        assertThat(card.param("channel")).isEqualTo(CHANNEL);
        assertThat(card.param("blocks")).contains("poll vote 1 1").contains("poll vote 1 2")
                .contains("Thu Dec 10, 6:00 PM").doesNotContain("(0)");

        click(MEMBER, "poll vote 1 2", "member-vote");
        // Each click is acked and then run on a worker; the second is sent once the first is answered, so the
        // count it shows does not depend on which worker runs first.
        assertThat(shown(fixture.slack.awaitResponseUrlPost("member-vote", TIMEOUT))).contains("You picked")
                .contains("it has 1 vote");
        click(OTHER, "poll vote 1 2", "other-vote");
        String answer = shown(fixture.slack.awaitResponseUrlPost("other-vote", TIMEOUT));
        assertThat(answer).contains("You picked").contains("it has 2 votes").contains("Thu Dec 10, 6:00 PM (2)");

        String closed = shown(fixture.command(ADMIN, "poll close 1"));
        assertThat(closed).contains("Poll #1 is closed").contains("Post the event for Thu Dec 10, 6:00 PM")
                .contains("poll close 1 post");

        click(ADMIN, "poll close 1 post", "post-click");
        JsonObject view = fixture.slack.awaitApiCall("views.open", TIMEOUT).jsonParam("view").getAsJsonObject();
        assertThat(view.get("private_metadata").getAsString()).isEqualTo("poll:1:" + GROUP);
        assertThat(initialValues(view)).containsEntry(EventModal.TITLE, "Book club")
                .containsEntry(EventModal.DATE, "2026-12-10").containsEntry(EventModal.TIME, "18:00")
                .containsEntry(EventModal.DURATION, "1h30m").containsEntry(EventModal.VENUE, "Room 4");

        fixture.post(fixture.requests.viewSubmission(ADMIN, EventModal.CALLBACK_ID, "poll:1:" + GROUP,
                submitted(initialValues(view))));

        RecordedCall posted = fixture.slack.await("the organizer's card of the posted event",
                call -> call.isApiCall("chat.postMessage") && ADMIN.equals(call.param("channel")), TIMEOUT);
        assertThat(shown(posted)).contains("Posted #");
        Event event = fixture.kit.events.byId(1).orElseThrow();
        assertThat(event.startsAt()).isEqualTo(LocalDateTime.parse("2026-12-10T18:00").atZone(CoreKit.NEW_YORK)
                .toInstant());
        assertThat(event.venue()).isEqualTo("Room 4");
        assertThat(event.duration()).hasMinutes(90);
        DatePoll poll = fixture.kit.polls.byId(1).orElseThrow();
        assertThat(poll.closed()).isTrue();
        assertThat(poll.eventId()).isEqualTo(event.id());
    }

    @Test
    void thePostButtonClickedByAMemberWhoDoesNotOrganizeTheGroupOpensNoFormAndSaysWhy() {
        fixture.command(ADMIN, "poll " + GROUP + " \"Book club\" \"Dec 3 6pm\" \"Dec 10 6pm\"");
        fixture.command(MEMBER, "poll vote 1 1");
        fixture.command(ADMIN, "poll close 1");

        click(MEMBER, "poll close 1 post", "member-post");

        assertThat(shown(fixture.slack.awaitResponseUrlPost("member-post", TIMEOUT)))
                .contains("Only organizers of Code4Lib NYC can close its polls.");
        assertThat(fixture.slack.apiCalls("views.open")).isEmpty();
    }

    private void click(String userId, String command, String responseId) {
        assertThat(fixture.post(fixture.requests.blockAction(new Origin(userId, CHANNEL), "1767225600.000042",
                new Action(command, "poll-1-actions-0", command), fixture.slack.responseUrl(responseId))).status())
                .isEqualTo(200);
    }

    /** The form sent back as the organizer left it: text inputs as typed, the date and time as picked. */
    private static JsonObject submitted(Map<String, String> initial) {
        Map<String, Map<String, String>> texts = new HashMap<>();
        for (String blockId : new String[] {EventModal.TITLE, EventModal.DURATION, EventModal.VENUE}) {
            texts.put(blockId, Map.of(EventModal.ACTION, initial.get(blockId)));
        }
        JsonObject values = SignedRequests.plainTextValues(texts);
        values.add(EventModal.DATE, picked("datepicker", "selected_date", initial.get(EventModal.DATE)));
        values.add(EventModal.TIME, picked("timepicker", "selected_time", initial.get(EventModal.TIME)));
        return values;
    }
}
