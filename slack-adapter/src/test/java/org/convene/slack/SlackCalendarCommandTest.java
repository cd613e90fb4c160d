package org.convene.slack;

import static org.assertj.core.api.Assertions.assertThat;
import static org.convene.slack.SlackBotFixture.shown;

import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.convene.slack.standin.RecordedCall;
import org.junit.jupiter.api.AutoClose;
import org.junit.jupiter.api.Test;

/** The calendar and profile commands typed in Slack, through the real Bolt, answered only to the asker. */
class SlackCalendarCommandTest {

    private static final String MEMBER = "U0MEMBER";
    private static final Pattern PERSONAL = Pattern.compile(
            "https://meet\\.example\\.org/calendar/([0-9a-f]{64})\\.ics");

    @AutoClose
    private final SlackBotFixture fixture = SlackBotFixture.running();

    private static String secretIn(RecordedCall answer) {
        Matcher matcher = PERSONAL.matcher(shown(answer));
        assertThat(matcher.find()).as(shown(answer)).isTrue();
        return matcher.group(1);
    }

    @Test
    void calendarIsAnsweredEphemerallyWithAddressesThatOpenTheFeedAndResetRevokesThem() {
        RecordedCall first = fixture.command(MEMBER, "calendar");
        RecordedCall reset = fixture.command(MEMBER, "calendar reset");

        assertThat(first.param("response_type")).isEqualTo("ephemeral");
        assertThat(reset.param("response_type")).isEqualTo("ephemeral");
        String old = secretIn(first);
        String renewed = secretIn(reset);
        assertThat(shown(first)).contains("webcal://meet.example.org/calendar/" + old + ".ics");
        assertThat(fixture.kit.personalCalendars.feed(old)).isEmpty();
        assertThat(fixture.kit.personalCalendars.feed(renewed)).isPresent();
        assertThat(fixture.slack.apiCalls("chat.postMessage")).isEmpty();
    }

    @Test
    void profileListedYesIsKeptForTheMemberWhoTypedIt() {
        RecordedCall answer = fixture.command(MEMBER, "profile listed=yes");

        assertThat(answer.param("response_type")).isEqualTo("ephemeral");
        assertThat(shown(answer)).contains("Your name is listed");
        assertThat(shown(fixture.command(MEMBER, "profile"))).contains("Your name is listed");
    }
}
