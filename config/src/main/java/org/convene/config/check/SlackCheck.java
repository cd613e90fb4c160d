package org.convene.config.check;

import com.slack.api.Slack;
import com.slack.api.SlackConfig;
import com.slack.api.methods.SlackApiException;
import com.slack.api.methods.response.auth.AuthTestResponse;
import java.io.IOException;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;

/**
 * Calls Slack's {@code auth.test} with the bot token through the Slack SDK (at the configured Web API address) and
 * compares the scopes Slack reports in its {@code x-oauth-scopes} header with the ones the app manifest asks for.
 */
final class SlackCheck {

    /** The bot scopes of {@code slack-adapter/manifest.yml}: what the bot calls needs all of them. */
    static final List<String> NEEDED_SCOPES = List.of("commands", "chat:write", "chat:write.public", "im:write",
            "files:write", "users:read");

    private final Optional<String> apiUrl;
    private final String token;

    SlackCheck(Optional<String> apiUrl, String token) {
        this.apiUrl = apiUrl;
        this.token = token;
    }

    CheckLine run() {
        SlackConfig config = new SlackConfig();
        apiUrl.ifPresent(config::setMethodsEndpointUrlPrefix);
        config.setProxyUrl(null);
        // Without this the client looks the team up with a second auth.test of its own, and logs when that fails.
        config.setStatsEnabled(false);
        config.setHttpClientReadTimeoutMillis((int) SettingsCheck.TIMEOUT.toMillis());
        String where = CheckLine.shown(apiUrl.orElse(config.getMethodsEndpointUrlPrefix()));
        try (Slack slack = Slack.getInstance(config)) {
            AuthTestResponse answer = slack.methods(token).authTest(request -> request);
            if (!answer.isOk()) {
                return CheckLine.failed("slack", "SLACK_BOT_TOKEN was refused by " + where + " (" + answer.getError()
                        + "): copy the Bot User OAuth Token again from the app's OAuth & Permissions page");
            }
            Set<String> granted = scopes(answer.getHttpResponseHeaders());
            Set<String> missing = new TreeSet<>(NEEDED_SCOPES);
            missing.removeAll(granted);
            String who = "workspace " + answer.getTeam() + " (" + answer.getTeamId() + ") as " + answer.getUser();
            if (!missing.isEmpty()) {
                return CheckLine.failed("slack", "token valid for " + who + " but scopes " + String.join(", ", missing)
                        + " are missing: add them and reinstall the app");
            }
            return CheckLine.ok("slack", "token valid for " + who + " at " + where + "; scopes "
                    + String.join(", ", new TreeSet<>(granted)));
        } catch (IOException | SlackApiException | RuntimeException failure) {
            return CheckLine.failed("slack", "cannot reach " + where + ": " + SettingsCheck.reason(failure));
        } catch (Exception closing) {
            return CheckLine.failed("slack", "the Slack client did not close: " + SettingsCheck.reason(closing));
        }
    }

    private static Set<String> scopes(Map<String, List<String>> headers) {
        Set<String> scopes = new TreeSet<>();
        if (headers != null) {
            headers.forEach((name, values) -> {
                if (name.equalsIgnoreCase("x-oauth-scopes")) {
                    values.forEach(value -> Arrays.stream(value.split(",")).map(String::strip)
                            .filter(scope -> !scope.isEmpty()).forEach(scopes::add));
                }
            });
        }
        return scopes;
    }
}
