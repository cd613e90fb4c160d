package org.convene.slack;

import static java.util.Objects.requireNonNull;

import java.util.Optional;
import org.convene.http.HttpLimits;

/**
 * How to reach Slack: the bot token and signing secret, an app-level token for Socket Mode (HTTP mode without one),
 * an optional Web API base URL such as {@code http://127.0.0.1:8080/api/} (Slack's own when empty), and where the
 * HTTP mode listens and with what limits. {@link #toString()} never shows a secret.
 */
public record SlackSettings(String botToken, String signingSecret, Optional<String> appToken, Optional<String> apiUrl,
                            String host, int port, HttpLimits httpLimits) {

    public SlackSettings {
        requireNonNull(botToken, "botToken");
        requireNonNull(signingSecret, "signingSecret");
        requireNonNull(appToken, "appToken");
        requireNonNull(apiUrl, "apiUrl");
        requireNonNull(host, "host");
        requireNonNull(httpLimits, "httpLimits");
        if (botToken.isBlank() || signingSecret.isBlank()) {
            throw new IllegalArgumentException("the Slack bot token and signing secret must not be blank");
        }
        if (port < 0 || port > 65_535) {
            throw new IllegalArgumentException("port must be within 0..65535, was " + port);
        }
        apiUrl = apiUrl.map(url -> url.endsWith("/") ? url : url + "/");
    }

    /** Settings with the HTTP front's default limits. */
    public SlackSettings(String botToken, String signingSecret, Optional<String> appToken, Optional<String> apiUrl,
                         String host, int port) {
        this(botToken, signingSecret, appToken, apiUrl, host, port, HttpLimits.DEFAULTS);
    }

    /** HTTP mode on the given host and port, against Slack's own Web API. */
    public static SlackSettings http(String botToken, String signingSecret, String host, int port) {
        return new SlackSettings(botToken, signingSecret, Optional.empty(), Optional.empty(), host, port);
    }

    /** Whether the bot connects out through Socket Mode instead of listening for HTTP. */
    public boolean socketMode() {
        return appToken.isPresent();
    }

    @Override
    public String toString() {
        return "SlackSettings[botToken=***, signingSecret=***, appToken=" + (appToken.isPresent() ? "***" : "none")
                + ", apiUrl=" + apiUrl.orElse("https://slack.com/api/") + ", host=" + host + ", port=" + port + ", httpLimits=" + httpLimits + "]";
    }
}
