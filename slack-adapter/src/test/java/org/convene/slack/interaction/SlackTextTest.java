package org.convene.slack.interaction;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class SlackTextTest {

    @Test
    void escapedAmpersandAndAngleBracketsReadAsTyped() {
        assertThat(SlackText.read("post books \"Q&amp;A night\" where=\"1 &lt; 2 &gt; 0\""))
                .isEqualTo("post books \"Q&A night\" where=\"1 < 2 > 0\"");
    }

    @Test
    void escapingIsUndoneOnceSoTypedEntitiesStay() {
        assertThat(SlackText.read("title=&amp;lt;b&amp;gt;")).isEqualTo("title=&lt;b&gt;");
    }

    @Test
    void wrappedLinksReadAsTheirAddress() {
        assertThat(SlackText.read("online=<https://meet.example.org/x?a=1&amp;b=2> link=<https://x.org|x.org>"))
                .isEqualTo("online=https://meet.example.org/x?a=1&b=2 link=https://x.org");
    }

    @Test
    void userMentionsStayMentionsOfThatUser() {
        assertThat(SlackText.read("organizer add books <@U123|grace>")).isEqualTo("organizer add books <@U123|grace>");
        assertThat(SlackText.read("organizer add books <@W42>")).isEqualTo("organizer add books <@W42>");
        assertThat(SlackText.read("<@U123|Grace Hopper>")).isEqualTo("<@U123>");
    }

    @Test
    void channelsAndSpecialMentionsReadAsPlainWords() {
        assertThat(SlackText.read("<#C123|general> <#C456> <!here> <!channel> <!subteam^S1|@devs>"))
                .isEqualTo("#general #C456 @here @channel @devs");
        assertThat(SlackText.read("<!date^1392734382^{date}|Feb 18, 2014> <mailto:a@b.org|a@b.org>"))
                .isEqualTo("Feb 18, 2014 a@b.org");
    }

    @Test
    void missingTextReadsAsEmpty() {
        assertThat(SlackText.read(null)).isEmpty();
    }
}
