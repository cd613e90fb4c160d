package org.convene.slack;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Optional;
import org.junit.jupiter.api.Test;

class SlackSettingsTest {

    @Test
    void toStringNeverShowsASecret() {
        SlackSettings settings = new SlackSettings("xoxb-secret-bot", "signing-secret-value", Optional.of("xapp-secret"),
                Optional.of("http://127.0.0.1:9/api"), "0.0.0.0", 3000);

        assertThat(settings.toString()).doesNotContain("xoxb-secret-bot", "signing-secret-value", "xapp-secret")
                .contains("http://127.0.0.1:9/api/", "3000");
    }

    @Test
    void appTokenSelectsSocketMode() {
        assertThat(SlackSettings.http("xoxb-1", "s", "127.0.0.1", 0).socketMode()).isFalse();
        assertThat(new SlackSettings("xoxb-1", "s", Optional.of("xapp-1"), Optional.empty(), "127.0.0.1", 0)
                .socketMode()).isTrue();
    }
}
