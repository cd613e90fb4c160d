package org.convene.core.metrics;

import static java.util.Objects.requireNonNull;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import io.micrometer.core.instrument.composite.CompositeMeterRegistry;
import jakarta.inject.Inject;
import java.time.Duration;
import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;
import org.convene.core.command.Verb;
import org.convene.core.domain.Answer;
import org.convene.core.domain.Refusal;
import org.convene.core.domain.SeatChange;
import org.convene.core.reply.Reply;

/**
 * Times every command by its verb and outcome ({@code convene_commands_seconds}) and counts where RSVPs land
 * ({@code convene_rsvps_total}). Labels are verb words, outcomes and results only, never what anyone typed.
 */
public final class CommandMeters {

    /** A command's verb when the text names none of the known ones. */
    public static final String UNKNOWN_VERB = "unknown";
    private static final Duration[] BUCKETS = {Duration.ofMillis(5), Duration.ofMillis(10), Duration.ofMillis(25),
        Duration.ofMillis(50), Duration.ofMillis(100), Duration.ofMillis(250), Duration.ofMillis(500),
        Duration.ofSeconds(1), Duration.ofMillis(2_500), Duration.ofSeconds(5), Duration.ofSeconds(10)};

    private final MeterRegistry registry;

    @Inject
    public CommandMeters(MeterRegistry registry) {
        this.registry = requireNonNull(registry, "registry");
    }

    /** Meters that record nothing, for code run without an operator watching (tests, tools). */
    public static CommandMeters none() {
        return new CommandMeters(new CompositeMeterRegistry());
    }

    /** The verb word {@code text} starts with (after {@code /meetup} if present), or {@link #UNKNOWN_VERB}. */
    public static String verbOf(String text) {
        String[] words = (text == null ? "" : text.strip()).split("\\s+", 3);
        String first = words.length > 1 && words[0].startsWith("/") ? words[1] : words[0];
        return Verb.of(first).map(Verb::word).orElse(UNKNOWN_VERB);
    }

    /**
     * Runs one command and times it: {@code ok}, {@code refused} (a refusal or a failed reply) or {@code failed}
     * (anything thrown but a refusal). What the command returns or throws passes through unchanged.
     */
    public Reply time(String verb, Supplier<Reply> command) {
        long start = System.nanoTime();
        String outcome = "failed";
        try {
            Reply reply = command.get();
            outcome = reply.failed() ? "refused" : "ok";
            return reply;
        } catch (Refusal refusal) {
            outcome = "refused";
            throw refusal;
        } finally {
            Timer.builder("convene.commands").description("Commands run, by verb and outcome")
                    .tags("verb", verb, "outcome", outcome).serviceLevelObjectives(BUCKETS)
                    .register(registry).record(System.nanoTime() - start, TimeUnit.NANOSECONDS);
        }
    }

    /** Counts where one answer landed, and each member it promoted off the waitlist. */
    public void rsvp(SeatChange change) {
        String result = switch (change.rsvp().state()) {
            case CONFIRMED -> "going";
            case WAITLISTED -> "waitlisted";
            case NONE -> change.rsvp().answer() == Answer.MAYBE ? "maybe" : "no";
        };
        rsvps(result).increment();
        if (!change.promoted().isEmpty()) {
            rsvps("promoted").increment(change.promoted().size());
        }
    }

    /** Counts an answer that was refused (a deadline passed, too many guests, a cancelled event...). */
    public void rsvpRefused() {
        rsvps("refused").increment();
    }

    private Counter rsvps(String result) {
        return Counter.builder("convene.rsvps").description("RSVP answers, by where they landed")
                .tag("result", result).register(registry);
    }
}
