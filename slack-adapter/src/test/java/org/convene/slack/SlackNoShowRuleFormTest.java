package org.convene.slack;

import static org.assertj.core.api.Assertions.assertThat;
import static org.convene.slack.ModalStates.picked;
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
import org.junit.jupiter.api.AutoClose;
import org.junit.jupiter.api.Test;

/** The post form's Waitlist checkbox, end to end through the real Bolt: the event gets the no-show rule. */
class SlackNoShowRuleFormTest {

    @AutoClose
    private final SlackBotFixture fixture = SlackBotFixture.withGroup();

    @Test
    void thePostFormOffersTheRuleAndATickedBoxSetsIt() {
        fixture.post(fixture.slashCommand(ADMIN, "post " + GROUP, "post-form"));
        String form = fixture.slack.awaitApiCall("views.open", TIMEOUT).jsonParam("view").toString();
        assertThat(form).contains("\"block_id\":\"" + EventModal.NO_SHOWS + "\"", "checkboxes",
                "Members with a recent no-show wait behind others");

        JsonObject values = SignedRequests.plainTextValues(Map.of(
                EventModal.TITLE, Map.of(EventModal.ACTION, "Workshop"),
                EventModal.CAPACITY, Map.of(EventModal.ACTION, "12")));
        values.add(EventModal.DATE, picked("datepicker", "selected_date", "2026-12-03"));
        values.add(EventModal.TIME, picked("timepicker", "selected_time", "18:00"));
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
