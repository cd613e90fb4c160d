package org.convene.discord.publish;

import java.time.Duration;
import java.util.concurrent.TimeoutException;
import net.dv8tion.jda.api.exceptions.ErrorResponseException;
import net.dv8tion.jda.api.exceptions.InsufficientPermissionException;
import net.dv8tion.jda.api.exceptions.RateLimitedException;
import org.convene.core.outbox.Delivery;

/**
 * Sorts what went wrong with a delivery: what can never succeed as it is (DMs closed, channel gone, a permission
 * missing) is rejected; a server error or a timeout is retried later. Reasons never quote a message body.
 */
final class DeliveryFailures {

    static final Duration SERVER_ERROR_DELAY = Duration.ofSeconds(30);
    static final Duration TIMEOUT_DELAY = Duration.ofMinutes(1);

    private DeliveryFailures() {
    }

    static Delivery.Result classify(Throwable failure) {
        return switch (failure) {
            case ErrorResponseException error -> fromDiscord(error);
            case InsufficientPermissionException missing ->
                    new Delivery.Rejected("the bot lacks the " + missing.getPermission().getName() + " permission");
            case RateLimitedException limited -> new Delivery.Retry(
                    Duration.ofMillis(Math.max(1_000, limited.getRetryAfter())), "rate limited by Discord");
            case TimeoutException timeout -> new Delivery.Retry(TIMEOUT_DELAY, "Discord did not answer in time");
            default -> new Delivery.Retry(TIMEOUT_DELAY, "could not reach Discord: "
                    + failure.getClass().getSimpleName());
        };
    }

    private static Delivery.Result fromDiscord(ErrorResponseException error) {
        if (error.isServerError() || (error.getResponse() != null && error.getResponse().code >= 500)) {
            return new Delivery.Retry(SERVER_ERROR_DELAY, "Discord answered with a server error");
        }
        return switch (error.getErrorCode()) {
            case 50007 -> new Delivery.Rejected("the member's DMs are closed");
            case 10003 -> new Delivery.Rejected("the channel no longer exists");
            case 50001 -> new Delivery.Rejected("the bot cannot see that channel");
            case 50013 -> new Delivery.Rejected("the bot lacks a permission there");
            case 10008 -> new Delivery.Rejected("the message to update is gone");
            case 10013 -> new Delivery.Rejected("no such Discord user");
            case 10070 -> new Delivery.Rejected("the scheduled event to update is gone");
            default -> error.getResponse() != null && error.getResponse().code == 429
                    ? new Delivery.Retry(SERVER_ERROR_DELAY, "rate limited by Discord")
                    : new Delivery.Rejected("Discord refused it (error " + error.getErrorCode() + ")");
        };
    }
}
