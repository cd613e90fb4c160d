package org.convene.discord.rest;

import net.dv8tion.jda.api.requests.RestRateLimiter;
import okhttp3.Response;

/**
 * What one answer of Discord's REST API says about rate limits, read from its headers: the bucket's hash, whether it
 * was a 429 and whose (the bucket's, the bot's global limit, or Cloudflare's, which Discord's own answers never are
 * since they carry {@code Via}), how long to wait, and the bucket's remaining requests and reset.
 *
 * @param hash the bucket hash Discord named, or null
 * @param refused whether the answer was 429
 * @param global whether the 429 was the bot's global limit
 * @param cloudflare whether the 429 came from Cloudflare rather than from Discord
 * @param retryAfterMillis how long a 429 asks to wait
 * @param remaining requests left in the bucket, when the hash is known
 * @param resetAtMillis when the bucket resets (epoch milliseconds), when the hash is known
 */
record RateLimitAnswer(String hash, boolean refused, boolean global, boolean cloudflare, long retryAfterMillis,
                       int remaining, long resetAtMillis) {

    private static final int TOO_MANY_REQUESTS = 429;

    /**
     * @param relative whether to read the reset as seconds from now ({@code X-RateLimit-Reset-After}) rather than as
     *     an instant, which a skewed clock would misread
     */
    static RateLimitAnswer of(Response response, boolean relative, long nowMillis) {
        String hash = response.header(RestRateLimiter.HASH_HEADER);
        boolean refused = response.code() == TOO_MANY_REQUESTS;
        String resetHeader = relative ? RestRateLimiter.RESET_AFTER_HEADER : RestRateLimiter.RESET_HEADER;
        long reset = millis(response.header(resetHeader));
        return new RateLimitAnswer(hash, refused, response.header(RestRateLimiter.GLOBAL_HEADER) != null,
                response.header("Via") == null, millis(response.header(RestRateLimiter.RETRY_AFTER_HEADER)),
                (int) number(response.header(RestRateLimiter.REMAINING_HEADER)),
                relative ? nowMillis + reset : reset);
    }

    /** Seconds, perhaps with decimals, as milliseconds; none or unreadable as 0. */
    private static long millis(String seconds) {
        return (long) (number(seconds) * 1000);
    }

    private static double number(String value) {
        if (value == null) {
            return 0;
        }
        try {
            return Double.parseDouble(value.trim());
        } catch (NumberFormatException unreadable) {
            return 0;
        }
    }
}
