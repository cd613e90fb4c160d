package org.convene.slack;

import static org.assertj.core.api.Assertions.assertThat;
import static org.convene.slack.SlackBotFixture.ADMIN;
import static org.convene.slack.SlackBotFixture.CHANNEL;
import static org.convene.slack.SlackBotFixture.TIMEOUT;
import static org.convene.slack.SlackBotFixture.shown;

import com.google.gson.JsonObject;
import java.time.Duration;
import java.util.Map;
import org.convene.core.domain.Event;
import org.convene.slack.interaction.CheckInModal;
import org.convene.slack.interaction.EventModal;
import org.convene.slack.standin.HttpReply;
import org.convene.slack.standin.RecordedCall;
import org.convene.slack.standin.SignedRequests;
import org.convene.slack.standin.SignedRequests.Action;
import org.convene.slack.standin.SignedRequests.Origin;
import org.junit.jupiter.api.AutoClose;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Checking in on Slack, end to end through the real Bolt: the card's Check in button, its form, the code. */
class SlackCheckInTest {

    private static final String MEMBER = "U0MEMBER";

    @AutoClose
    private final SlackBotFixture fixture = SlackBotFixture.running();
    private long eventId;
    private String code;

    @BeforeEach
    void start() {
        eventId = fixture.groupWithEvent("capacity=10");
        assertThat(shown(fixture.command(MEMBER, "rsvp " + eventId + " going"))).contains("You're going to");
        assertThat(shown(fixture.command(ADMIN, "attendance " + eventId + " code"))).contains("Check-in code");
        code = fixture.kit.attendanceRecords.sheet(eventId).orElseThrow().code();
        Event event = fixture.kit.events.byId(eventId).orElseThrow();
        fixture.kit.clock.set(event.startsAt().minus(Duration.ofMinutes(10)));
    }

    private HttpReply submit(String typed) {
        JsonObject values = SignedRequests.plainTextValues(Map.of(CheckInModal.CODE, Map.of(EventModal.ACTION, typed)));
        return fixture.post(fixture.requests.viewSubmission(MEMBER, CheckInModal.CALLBACK_ID, Long.toString(eventId),
                values));
    }

    @Test
    void checkInButtonOpensTheFormAndTheRightCodeChecksTheMemberIn() {
        String card = shown(fixture.command(MEMBER, "event " + eventId));
        assertThat(card).contains("Check in").contains("checkin " + eventId);

        String command = "checkin " + eventId;
        HttpReply click = fixture.post(fixture.requests.blockAction(new Origin(MEMBER, CHANNEL), "1767225600.000077",
                new Action(command, "event-" + eventId + "-actions-0", command), fixture.slack.responseUrl("click")));
        assertThat(click.status()).isEqualTo(200);
        JsonObject view = fixture.slack.awaitApiCall("views.open", TIMEOUT).jsonParam("view").getAsJsonObject();
        assertThat(view.get("callback_id").getAsString()).isEqualTo(CheckInModal.CALLBACK_ID);
        assertThat(view.get("private_metadata").getAsString()).isEqualTo(Long.toString(eventId));

        HttpReply wrong = submit("WRONG");
        assertThat(wrong.status()).isEqualTo(200);
        assertThat(wrong.body()).contains("errors").contains(CheckInModal.CODE).contains("not the check-in code");
        assertThat(fixture.kit.attendanceRecords.checkIns(eventId)).isEmpty();

        HttpReply right = submit(code.toLowerCase());
        assertThat(right.status()).isEqualTo(200);
        assertThat(right.body()).doesNotContain("errors");
        RecordedCall confirmed = fixture.slack.awaitApiCall("chat.postMessage", TIMEOUT);
        assertThat(confirmed.param("channel")).isEqualTo(MEMBER);
        assertThat(shown(confirmed)).contains("Checked in to #" + eventId);
        assertThat(fixture.kit.attendanceRecords.checkIns(eventId)).hasSize(1);
    }

    @Test
    void theCodeFormRefusesOutsideTheWindowOnItsField() {
        fixture.kit.clock.set(fixture.kit.events.byId(eventId).orElseThrow().endsAt());

        HttpReply late = submit(code);

        assertThat(late.body()).contains("errors").contains("check-in is over");
        assertThat(fixture.kit.attendanceRecords.checkIns(eventId)).isEmpty();
    }
}
