package org.convene.benchmarks;

import java.time.Duration;

/**
 * How big each benchmark runs: {@link #FULL} for the figures in docs/benchmarks.md, {@link #SMALL} for CI, where
 * only that every benchmark and reference runs is checked.
 *
 * @param name small or full
 * @param clients client threads (and pgbench clients) for the RSVP throughput runs
 * @param throughputWarmup load before measuring each RSVP throughput run
 * @param throughputDuration how long each RSVP throughput run and its pgbench reference last
 * @param contenders concurrent RSVPs per contention round
 * @param contentionRounds rounds per capacity in the contention check
 * @param contentionBudget time after which no new contention round starts, per capacity
 * @param slackRate slash commands per second
 * @param slackWarmup load sent before the measured part of each Slack run
 * @param slackDuration the measured part of each Slack run
 * @param discordRate Discord slash-command interactions per second
 * @param discordWarmup interactions sent before the measured part of the Discord run
 * @param discordDuration the measured part of the Discord run
 * @param outboxMessages due messages drained by each outbox run
 * @param footprintData the data the footprint benchmark's bot runs over
 * @param growthBase the 1x data of the cost growth curve
 * @param growthSamples timed calls per operation and size in the cost growth curve
 */
public record SuiteSize(String name, int clients, Duration throughputWarmup, Duration throughputDuration,
                        int contenders, int contentionRounds, Duration contentionBudget, int slackRate,
                        Duration slackWarmup, Duration slackDuration, int discordRate,
                        Duration discordWarmup, Duration discordDuration, int outboxMessages, DataShape footprintData,
                        DataShape growthBase, int growthSamples) {

    public static final SuiteSize FULL = new SuiteSize("full", 8, Duration.ofSeconds(10), Duration.ofSeconds(20),
            1_000, 100, Duration.ofSeconds(400), 200, Duration.ofSeconds(15), Duration.ofSeconds(60), 100,
            Duration.ofSeconds(5), Duration.ofSeconds(60), 10_000,
            new DataShape(1_000, 100_000, 1_000_000, 20_000), new DataShape(10, 1_000, 10_000, 2_000), 400);

    public static final SuiteSize SMALL = new SuiteSize("small", 4, Duration.ofMillis(300), Duration.ofSeconds(1),
            60, 2, Duration.ofSeconds(30), 40, Duration.ofMillis(250), Duration.ofSeconds(1), 20,
            Duration.ofMillis(250), Duration.ofSeconds(1), 300,
            new DataShape(5, 200, 1_000, 200), new DataShape(2, 20, 60, 30), 20);

    public static SuiteSize named(String name) {
        return switch (name) {
            case "full" -> FULL;
            case "small" -> SMALL;
            default -> throw new IllegalArgumentException("--size is small or full, not " + name);
        };
    }

    /** An amount of synthetic data: groups, events spread over them, RSVPs spread over the events, and members. */
    public record DataShape(int groups, int events, int rsvps, int members) {

        public DataShape {
            if (groups < 1 || events < groups || members < 1 || rsvps > (long) events * members) {
                throw new IllegalArgumentException("an impossible data shape: " + groups + " groups, " + events
                        + " events, " + rsvps + " RSVPs, " + members + " members");
            }
        }

        public DataShape times(int factor) {
            return new DataShape(groups * factor, events * factor, rsvps * factor, members * factor);
        }

        @Override
        public String toString() {
            return String.format(java.util.Locale.ROOT, "%,d groups, %,d events, %,d RSVPs, %,d members", groups,
                    events, rsvps, members);
        }
    }
}
