package org.convene.benchmarks.discord;

import java.time.Duration;
import java.util.Map;
import org.convene.benchmarks.BenchmarkFailure;

/**
 * Item 5's figures as the load process printed them: counts of interactions sent and answered, and latency
 * percentiles in milliseconds, from each interaction's scheduled instant (or, for handling, from its dispatch).
 */
record InteractionSummary(int sent, int callbacksReceived, int callbacksWithinLimit, int followUpsReceived,
                          double callbackP50, double callbackP99, double callbackMax, double followUpP50,
                          double followUpP99, double dispatchP99, double handlingP99) {

    /** Discord shows an interaction whose callback comes later than this as failed. */
    static final Duration CALLBACK_LIMIT = Duration.ofSeconds(3);

    static InteractionSummary read(Map<String, String> values) {
        int sent = count(values, "sent");
        int received = count(values, "callbacks_received");
        if (received == 0) {
            throw new BenchmarkFailure("the Discord bot answered none of " + sent + " /meetup help interactions "
                    + "with a callback");
        }
        return new InteractionSummary(sent, received, count(values, "callbacks_within_limit"),
                count(values, "follow_ups_received"), millis(values, "callback_p50_ms"),
                millis(values, "callback_p99_ms"), millis(values, "callback_max_ms"),
                millis(values, "follow_up_p50_ms"), millis(values, "follow_up_p99_ms"),
                millis(values, "dispatch_p99_ms"), millis(values, "handling_p99_ms"));
    }

    private static int count(Map<String, String> values, String key) {
        return Integer.parseInt(required(values, key));
    }

    private static double millis(Map<String, String> values, String key) {
        return Double.parseDouble(required(values, key));
    }

    private static String required(Map<String, String> values, String key) {
        String value = values.get(key);
        if (value == null) {
            throw new BenchmarkFailure("the Discord load process did not report " + key + ": " + values);
        }
        return value;
    }
}
