package org.convene.slack;

import static org.assertj.core.api.Assertions.assertThat;
import static org.convene.slack.SlackBotFixture.ADMIN;
import static org.convene.slack.SlackBotFixture.GROUP;
import static org.convene.slack.SlackBotFixture.TIMEOUT;
import static org.convene.slack.SlackBotFixture.shown;

import com.google.gson.JsonArray;
import com.google.gson.JsonObject;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.convene.slack.interaction.EventModal;
import org.convene.slack.standin.HttpReply;
import org.convene.slack.standin.SignedRequests;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The post form's Waitlist checkbox, end to end through the real Bolt: the event gets the no-show rule. */
class SlackNoShowRuleFormTest {

    private SlackBotFixture fixture;

    @BeforeEach
    void start() throws Exception {
        fixture = SlackBotFixture.start();
        assertThat(shown(fixture.command(ADMIN, "group create " + GROUP + " \"Code4Lib NYC\""))).contains("Created");
    }

    @AfterEach
    void stop() {
        fixture.close();
    }

    @Test
    void thePostFormOffersTheRuleAndATickedBoxSetsIt() {
        fixture.post(fixture.slashCommand(ADMIN, "post " + GROUP, "post-form"));
        String form = fixture.slack.awaitApiCall("views.open", TIMEOUT).jsonParam("view").toString();
        assertThat(form).contains("\"block_id\":\"" + EventModal.NO_SHOWS + "\"", "checkboxes",
                "Members with a recent no-show wait behind others");

        JsonObject values = SignedRequests.plainTextValues(Map.of(
                EventModal.TITLE, Map.of(EventModal.ACTION, "Workshop"),
                EventModal.CAPACITY, Map.of(EventModal.ACTION, "12")));
        values.add(EventModal.DATE, state("datepicker", "selected_date", "2026-12-03"));
        values.add(EventModal.TIME, state("timepicker", "selected_time", "18:00"));
        values.add(EventModal.NO_SHOWS, ticked(EventModal.NO_SHOWS_BEHIND));
        HttpReply reply = fixture.post(fixture.requests.viewSubmission(ADMIN, EventModal.CALLBACK_ID, "post:" + GROUP,
                values));

        assertThat(reply.status()).isEqualTo(200);
        String posted = shown(fixture.slack.awaitApiCall("chat.postMessage", TIMEOUT));
        assertThat(posted).contains("Members with a recent no-show wait behind others");
        Matcher id = Pattern.compile("Posted #(\\d+)").matcher(posted);
        assertThat(id.find()).isTrue();
        assertThat(fixture.kit.events.byId(Long.parseLong(id.group(1))).orElseThrow().noShowsBehind()).isTrue();
    }

    private static JsonObject state(String type, String field, String value) {
        JsonObject state = new JsonObject();
        state.addProperty("type", type);
        state.addProperty(field, value);
        JsonObject block = new JsonObject();
        block.add(EventModal.ACTION, state);
        return block;
    }

    private static JsonObject ticked(String value) {
        JsonObject option = new JsonObject();
        option.addProperty("value", value);
        JsonArray selected = new JsonArray();
        selected.add(option);
        JsonObject state = new JsonObject();
        state.addProperty("type", "checkboxes");
        state.add("selected_options", selected);
        JsonObject block = new JsonObject();
        block.add(EventModal.ACTION, state);
        return block;
    }
}
