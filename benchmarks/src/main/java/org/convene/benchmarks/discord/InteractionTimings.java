package org.convene.benchmarks.discord;

import java.time.Duration;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.convene.benchmarks.Latencies;
import org.convene.discord.standin.RecordedRequest;

/**
 * The measured interactions matched, by token, to the callbacks and follow-ups the stand-in recorded; one that got
 * none counts with the time it was waited for, a lower bound, so a missing answer cannot flatter the percentiles.
 */
final class InteractionTimings {

    private final List<InteractionLoad.Sent> measured;
    private final Map<String, Long> callbacks;
    private final Map<String, Long> followUps;
    private final long waitedUntilNanos;

    InteractionTimings(List<InteractionLoad.Sent> measured, List<RecordedRequest> requests, long waitedUntilNanos) {
        this.measured = List.copyOf(measured);
        this.callbacks = firstArrivals(requests, "POST", "/interactions/", "/callback");
        this.followUps = firstArrivals(requests, "PATCH", "/webhooks/", "/messages/@original");
        this.waitedUntilNanos = waitedUntilNanos;
    }

    static boolean isCallback(RecordedRequest request) {
        return matches(request, "POST", "/interactions/", "/callback");
    }

    static boolean isFollowUp(RecordedRequest request) {
        return matches(request, "PATCH", "/webhooks/", "/messages/@original");
    }

    int sent() {
        return measured.size();
    }

    int callbacksReceived() {
        return (int) measured.stream().filter(sent -> callbacks.containsKey(sent.token())).count();
    }

    int callbacksWithin(Duration limit) {
        return (int) measured.stream().filter(sent -> callbacks.containsKey(sent.token())
                && callbacks.get(sent.token()) - sent.scheduledNanos() <= limit.toNanos()).count();
    }

    int followUpsReceived() {
        return (int) measured.stream().filter(sent -> followUps.containsKey(sent.token())).count();
    }

    /** From each scheduled instant to the arrival of its callback. */
    Latencies toCallback() {
        return new Latencies(measured.stream().mapToLong(sent -> arrival(callbacks, sent) - sent.scheduledNanos())
                .toArray());
    }

    /** From each scheduled instant to the arrival of the edit of its deferred reply. */
    Latencies toFollowUp() {
        return new Latencies(measured.stream().mapToLong(sent -> arrival(followUps, sent) - sent.scheduledNanos())
                .toArray());
    }

    /** The stand-in's part: from each scheduled instant to its INTERACTION_CREATE handed to the WebSocket. */
    Latencies toDispatch() {
        return new Latencies(measured.stream().mapToLong(sent -> sent.dispatchedNanos() - sent.scheduledNanos())
                .toArray());
    }

    /** JDA's and the bot's part: from the dispatched gateway frame to the arrival of its callback. */
    Latencies dispatchToCallback() {
        return new Latencies(measured.stream().mapToLong(sent -> arrival(callbacks, sent) - sent.dispatchedNanos())
                .toArray());
    }

    /** The figures item 5 reports, by the names {@link InteractionSummary} reads them with. */
    Map<String, String> summary() {
        Map<String, String> summary = new LinkedHashMap<>();
        summary.put("sent", Integer.toString(sent()));
        summary.put("callbacks_received", Integer.toString(callbacksReceived()));
        summary.put("callbacks_within_limit", Integer.toString(callbacksWithin(InteractionSummary.CALLBACK_LIMIT)));
        summary.put("follow_ups_received", Integer.toString(followUpsReceived()));
        if (callbacksReceived() > 0) {
            Latencies callback = toCallback();
            Latencies followUp = toFollowUp();
            summary.put("callback_p50_ms", Double.toString(callback.p50()));
            summary.put("callback_p99_ms", Double.toString(callback.p99()));
            summary.put("callback_max_ms", Double.toString(callback.maxMillis()));
            summary.put("follow_up_p50_ms", Double.toString(followUp.p50()));
            summary.put("follow_up_p99_ms", Double.toString(followUp.p99()));
            summary.put("dispatch_p99_ms", Double.toString(toDispatch().p99()));
            summary.put("handling_p99_ms", Double.toString(dispatchToCallback().p99()));
        }
        return summary;
    }

    private long arrival(Map<String, Long> arrivals, InteractionLoad.Sent sent) {
        return arrivals.getOrDefault(sent.token(), waitedUntilNanos);
    }

    private static Map<String, Long> firstArrivals(List<RecordedRequest> requests, String method, String prefix,
                                                   String suffix) {
        Map<String, Long> arrivals = new HashMap<>();
        for (RecordedRequest request : requests) {
            if (matches(request, method, prefix, suffix)) {
                arrivals.putIfAbsent(request.path().split("/")[3], request.receivedNanos());
            }
        }
        return arrivals;
    }

    private static boolean matches(RecordedRequest request, String method, String prefix, String suffix) {
        return request.method().equals(method) && request.path().startsWith(prefix)
                && request.path().endsWith(suffix);
    }
}
