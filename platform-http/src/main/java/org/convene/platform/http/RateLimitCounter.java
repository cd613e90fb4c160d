package org.convene.platform.http;

import static java.util.Objects.requireNonNull;

import java.io.IOException;
import okhttp3.Interceptor;
import okhttp3.Response;
import org.convene.core.domain.Platform;
import org.convene.core.metrics.PlatformMeters;

/**
 * Sees every answer of a platform's API on its library's own OkHttp client and counts each 429 for that platform;
 * the answer itself goes on unchanged, so whoever waits out the Retry-After (JDA by itself, the outbox for Slack)
 * still sees it.
 */
public final class RateLimitCounter implements Interceptor {

    private static final int TOO_MANY_REQUESTS = 429;

    private final PlatformMeters meters;
    private final Platform platform;

    public RateLimitCounter(PlatformMeters meters, Platform platform) {
        this.meters = requireNonNull(meters, "meters");
        this.platform = requireNonNull(platform, "platform");
    }

    @Override
    public Response intercept(Chain chain) throws IOException {
        Response response = chain.proceed(chain.request());
        if (response.code() == TOO_MANY_REQUESTS) {
            meters.rateLimited(platform);
        }
        return response;
    }
}
