package org.convene.slack;

import static org.assertj.core.api.Assertions.assertThat;
import static org.convene.slack.SlackBotFixture.ADMIN;
import static org.convene.slack.SlackBotFixture.GROUP;
import static org.convene.slack.SlackBotFixture.WHEN;
import static org.convene.slack.SlackBotFixture.shown;

import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.convene.core.domain.Event;
import org.junit.jupiter.api.AutoClose;
import org.junit.jupiter.api.Test;

/** Slash-command text as Slack really sends it: entities escaped, links and mentions wrapped in angle brackets. */
class SlackEscapedTextTest {

    private static final Pattern EVENT_ID = Pattern.compile("Posted #(\\d+)");

    @AutoClose
    private final SlackBotFixture fixture = SlackBotFixture.withGroup();

    @Test
    void escapedTitleAndWrappedLinksAreStoredAsTheOrganizerTypedThem() {
        String posted = shown(fixture.command(ADMIN, "post " + GROUP + " \"Q&amp;A night\" when=\"" + WHEN
                + "\" online=<https://meet.example.org/qa?room=1&amp;lang=en> link=<https://call.example.org/s|call>"));

        Matcher matcher = EVENT_ID.matcher(posted);
        assertThat(matcher.find()).as("a posted event in %s", posted).isTrue();
        Event event = fixture.kit.events.byId(Long.parseLong(matcher.group(1))).orElseThrow();
        assertThat(event.title()).isEqualTo("Q&A night");
        assertThat(event.onlineUrl()).isEqualTo("https://meet.example.org/qa?room=1&lang=en");
        assertThat(event.privateLink()).isEqualTo("https://call.example.org/s");
        assertThat(posted).doesNotContain("&amp;amp;");
    }

    @Test
    void wrappedMentionInOrganizerAddNamesThatSlackUser() {
        String named = shown(fixture.command(ADMIN, "organizer add " + GROUP + " <@U0GRACE|grace>"));
        assertThat(named).doesNotContain("Only").doesNotContain("not");

        String posted = shown(fixture.command("U0GRACE", "post " + GROUP + " \"Tea &amp; talk\" when=\"" + WHEN
                + "\""));

        assertThat(posted).contains("Posted #");
    }
}
