package org.convene.benchmarks.slack;

import java.io.PrintStream;
import java.util.Map;
import org.convene.benchmarks.BenchmarkFailure;

/**
 * One Slack load run as the load process measured it, passed between the processes as {@code key=value} lines: the
 * ack latencies of the measured commands (ms), the acks that were not HTTP 200, and how many commands were sent and
 * answered on their response URL (and how many of those with an apology).
 */
record AckRun(double p50, double p99, double max, int failures, int sent, int answered, int apologies,
              String failure) {

    static AckRun of(OpenLoopLoad.Outcome outcome, int sent, int answered, int apologies) {
        return new AckRun(outcome.latencies().p50(), outcome.latencies().p99(), outcome.latencies().maxMillis(),
                outcome.failures(), sent, answered, apologies, "");
    }

    /** A run that could not be measured, and why. */
    static AckRun failed(String failure) {
        return new AckRun(0, 0, 0, 0, 0, 0, 0, failure);
    }

    void print(PrintStream out) {
        out.println("p50=" + p50);
        out.println("p99=" + p99);
        out.println("max=" + max);
        out.println("failures=" + failures);
        out.println("sent=" + sent);
        out.println("answered=" + answered);
        out.println("apologies=" + apologies);
        out.println("failure=" + failure);
    }

    /** Reads what {@link #print(PrintStream)} printed; a failed run ends the benchmark. */
    static AckRun read(Map<String, String> values) {
        String failure = values.getOrDefault("failure", "");
        if (!failure.isEmpty()) {
            throw new BenchmarkFailure(failure);
        }
        return new AckRun(Double.parseDouble(values.get("p50")), Double.parseDouble(values.get("p99")),
                Double.parseDouble(values.get("max")), Integer.parseInt(values.get("failures")),
                Integer.parseInt(values.get("sent")), Integer.parseInt(values.get("answered")),
                Integer.parseInt(values.get("apologies")), failure);
    }
}
