package org.convene.slack;

import static java.util.Objects.requireNonNull;

import com.slack.api.methods.MethodsClient;
import com.slack.api.methods.response.auth.AuthTestResponse;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;

/**
 * Whether Slack accepts the bot token, by {@code auth.test}; a result is kept for a short time so that frequent
 * readiness probes cost Slack one call per period.
 */
final class SlackAuthCheck {

    /** How long one {@code auth.test} answer stands for. */
    static final Duration FRESH_FOR = Duration.ofSeconds(30);

    private final MethodsClient methods;
    private final Clock clock;
    private Instant checkedAt;
    private Optional<String> problem = Optional.empty();

    SlackAuthCheck(MethodsClient methods, Clock clock) {
        this.methods = requireNonNull(methods, "methods");
        this.clock = requireNonNull(clock, "clock");
    }

    /** Why Slack is not usable now, or empty when the last {@code auth.test} within the period was ok. */
    synchronized Optional<String> problem() {
        Instant now = clock.instant();
        if (checkedAt == null || !now.isBefore(checkedAt.plus(FRESH_FOR))) {
            problem = ask();
            checkedAt = now;
        }
        return problem;
    }

    private Optional<String> ask() {
        try {
            AuthTestResponse answer = methods.authTest(request -> request);
            return answer.isOk() ? Optional.empty() : Optional.of("Slack: auth.test answered " + answer.getError());
        } catch (Exception failure) {
            return Optional.of("Slack: auth.test failed (" + failure.getClass().getSimpleName() + ")");
        }
    }
}
