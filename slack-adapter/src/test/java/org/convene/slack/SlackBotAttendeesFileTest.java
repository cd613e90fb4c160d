package org.convene.slack;

import static org.assertj.core.api.Assertions.assertThat;
import static org.convene.slack.SlackBotFixture.ADMIN;
import static org.convene.slack.SlackBotFixture.TIMEOUT;
import static org.convene.slack.SlackBotFixture.shown;

import com.google.gson.JsonArray;
import java.nio.charset.StandardCharsets;
import org.convene.slack.standin.RecordedCall;
import org.convene.slack.standin.SlackStandIn;
import org.junit.jupiter.api.AutoClose;
import org.junit.jupiter.api.Test;

/** {@code /meetup attendees <id> csv} sends the CSV as a Slack file (files upload v2), end to end. */
class SlackBotAttendeesFileTest {

    @AutoClose
    private final SlackBotFixture fixture = SlackBotFixture.running();

    @Test
    void attendeeCsvArrivesAsAFileInTheOrganizersDirectMessages() {
        long eventId = fixture.groupWithEvent("capacity=1");
        fixture.command("U0MEMBER", "rsvp " + eventId + " going");
        fixture.command("U0OTHER", "rsvp " + eventId + " going");

        String answer = shown(fixture.command(ADMIN, "attendees " + eventId + " csv"));

        RecordedCall asked = fixture.slack.awaitApiCall("files.getUploadURLExternal", TIMEOUT);
        RecordedCall completed = fixture.slack.awaitApiCall("files.completeUploadExternal", TIMEOUT);
        JsonArray files = completed.jsonParam("files").getAsJsonArray();
        String fileId = files.get(0).getAsJsonObject().get("id").getAsString();
        String csv = new String(fixture.slack.uploadedFile(fileId), StandardCharsets.UTF_8);
        assertThat(asked.param("filename")).isEqualTo("event-" + eventId + "-attendees.csv");
        assertThat(completed.param("channel_id")).isEqualTo(SlackStandIn.directMessageChannelOf(ADMIN));
        assertThat(csv.lines().toList()).hasSize(3).first()
                .isEqualTo("name,status,guests,waitlist_position,responded_at,checked_in");
        assertThat(csv).contains("User U0MEMBER,going,0,,").contains("User U0OTHER,waitlisted,0,1,");
        assertThat(answer).contains("direct messages").doesNotContain("```").doesNotContain("responded_at");
        assertThat(completed.status()).isEqualTo(200);
        assertThat(fixture.slack.calls()).filteredOn(call -> call.isFileUpload(fileId)).hasSize(1);
    }

    @Test
    void attendeeCsvIsShownInlineWhenTheUploadIsRefused() {
        long eventId = fixture.groupWithEvent("");
        fixture.slack.failNext("files.getUploadURLExternal", "not_allowed_token_type");

        String answer = shown(fixture.command(ADMIN, "attendees " + eventId + " csv"));

        assertThat(answer).contains("responded_at").doesNotContain("direct messages");
    }
}
