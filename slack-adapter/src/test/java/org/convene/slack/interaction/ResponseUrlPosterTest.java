package org.convene.slack.interaction;

import static org.assertj.core.api.Assertions.assertThat;

import com.google.gson.JsonParser;
import com.slack.api.Slack;
import com.slack.api.app_backend.interactive_components.response.ActionResponse;
import com.slack.api.app_backend.slash_commands.response.SlashCommandResponse;
import com.slack.api.model.block.Blocks;
import com.slack.api.model.block.composition.BlockCompositions;
import com.slack.api.model.block.element.BlockElements;
import com.slack.api.util.http.SlackHttpClient;
import com.slack.api.util.json.GsonFactory;
import java.io.IOException;
import java.util.List;
import okhttp3.Response;
import org.convene.slack.standin.RecordedCall;
import org.convene.slack.standin.SlackStandIn;
import org.junit.jupiter.api.Test;

/** Answers reach their response URL as the same snake_case JSON Bolt's respond sends, from one long-lived Gson. */
class ResponseUrlPosterTest {

    @Test
    void aSlashCommandAnswerReachesItsResponseUrlAsTheJsonBoltWouldSend() throws Exception {
        try (SlackStandIn slack = SlackStandIn.start()) {
            Slack client = Slack.getInstance(slack.slackConfig());
            ResponseUrlPoster poster = new ResponseUrlPoster(client);
            SlashCommandResponse answer = SlashCommandResponse.builder().responseType("ephemeral").text("Help")
                    .blocks(List.of(Blocks.section(section -> section.text(BlockCompositions.markdownText("*Help*"))),
                            Blocks.actions(actions -> actions.elements(List.of(BlockElements.button(button -> button
                                    .actionId("rsvp:1").text(BlockCompositions.plainText("Going")).value("1")))))))
                    .build();

            poster.post(slack.responseUrl("help"), answer);
            poster.post(slack.responseUrl("again"), answer);

            String expected = GsonFactory.createSnakeCase(client.getConfig()).toJson(answer);
            for (String id : List.of("help", "again")) {
                RecordedCall posted = slack.awaitResponseUrlPost(id, SlackStandIn.DEFAULT_TIMEOUT);
                assertThat(JsonParser.parseString(posted.body())).isEqualTo(JsonParser.parseString(expected));
            }
            assertThat(expected).contains("\"response_type\":\"ephemeral\"", "\"action_id\":\"rsvp:1\"");
        }
    }

    @Test
    void aButtonAnswerKeepsReplaceOriginalInSnakeCase() throws Exception {
        try (SlackStandIn slack = SlackStandIn.start()) {
            ResponseUrlPoster poster = new ResponseUrlPoster(Slack.getInstance(slack.slackConfig()));

            poster.post(slack.responseUrl("button"), ActionResponse.builder().responseType("ephemeral")
                    .replaceOriginal(true).text("You are going").build());

            RecordedCall posted = slack.awaitResponseUrlPost("button", SlackStandIn.DEFAULT_TIMEOUT);
            assertThat(JsonParser.parseString(posted.body()).getAsJsonObject().get("replace_original").getAsBoolean())
                    .isTrue();
        }
    }

    @Test
    void anAnswerIsWrittenByTheKeptGsonNotByTheClientsNewGsonPerPost() throws Exception {
        try (SlackStandIn slack = SlackStandIn.start()) {
            SlackHttpClient noNewGson = new SlackHttpClient(SlackHttpClient.buildOkHttpClient(slack.slackConfig())) {
                @Override
                public Response postJsonBody(String url, Object body) throws IOException {
                    throw new AssertionError("postJsonBody builds a new Gson for every answer");
                }
            };
            noNewGson.setConfig(slack.slackConfig());
            Slack client = Slack.getInstance(slack.slackConfig(), noNewGson);
            SlashCommandResponse answer = SlashCommandResponse.builder().responseType("in_channel").text("Hi").build();

            new ResponseUrlPoster(client).post(slack.responseUrl("kept"), answer);

            RecordedCall posted = slack.awaitResponseUrlPost("kept", SlackStandIn.DEFAULT_TIMEOUT);
            assertThat(JsonParser.parseString(posted.body()).getAsJsonObject().get("response_type").getAsString())
                    .isEqualTo("in_channel");
            assertThat(posted.header("Content-Type")).startsWith("application/json");
        }
    }
}
