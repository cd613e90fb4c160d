package org.convene.discord;

import static java.util.Objects.requireNonNull;

import java.io.IOException;
import okhttp3.Interceptor;
import okhttp3.Response;
import org.convene.core.domain.Platform;
import org.convene.core.metrics.PlatformMeters;

/**
 * Sees every answer of Discord's REST API on JDA's own HTTP client and counts each 429; JDA then waits out the
 * Retry-After and sends the request again by itself.
 */
final class RateLimitCounter implements Interceptor {

    private static final int TOO_MANY_REQUESTS = 429;

    private final PlatformMeters meters;

    RateLimitCounter(PlatformMeters meters) {
        this.meters = requireNonNull(meters, "meters");
    }

    @Override
    public Response intercept(Chain chain) throws IOException {
        Response response = chain.proceed(chain.request());
        if (response.code() == TOO_MANY_REQUESTS) {
            meters.rateLimited(Platform.DISCORD);
        }
        return response;
    }
}
