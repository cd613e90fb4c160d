package org.convene.slack.interaction;

import static org.assertj.core.api.Assertions.assertThat;

import org.convene.core.domain.Identity;
import org.convene.core.domain.Platform;
import org.convene.core.usecase.MemberRef;
import org.junit.jupiter.api.Test;

class SlackMentionReaderTest {

    private final SlackMentionReader reader = new SlackMentionReader();

    @Test
    void mentionWithANameIsThatSlackUser() {
        assertThat(reader.read("<@U123ABC|grace>"))
                .isEqualTo(new MemberRef.ByIdentity(new Identity(Platform.SLACK, "U123ABC"), "grace"));
    }

    @Test
    void bareMentionIsThatSlackUserNamedByTheirId() {
        assertThat(reader.read("<@U123ABC>"))
                .isEqualTo(new MemberRef.ByIdentity(new Identity(Platform.SLACK, "U123ABC"), "U123ABC"));
    }

    @Test
    void anythingElseIsAName() {
        assertThat(reader.read("@grace")).isEqualTo(new MemberRef.ByName("grace"));
    }
}
