package org.convene.benchmarks.outbox;

import org.convene.benchmarks.Numbers;
import org.convene.core.testing.CoreKit;
import org.convene.core.testing.TestDatabase;

/**
 * Runs only the slow-platform drain of item 6, several times: {@code [messages] [runs]} (2,000 and 3 by default),
 * printing each run's figures, for a median and range without the rest of the suite.
 */
public final class SlowPlatformRuns {

    private SlowPlatformRuns() {
    }

    public static void main(String[] arguments) throws Exception {
        int messages = arguments.length > 0 ? Integer.parseInt(arguments[0]) : 2_000;
        int runs = arguments.length > 1 ? Integer.parseInt(arguments[1]) : 3;
        for (int run = 1; run <= runs; run++) {
            try (CoreKit kit = CoreKit.uncounted(TestDatabase.fresh(12))) {
                SlowPlatformDrain.Result result = SlowPlatformDrain.run(kit, messages);
                System.out.printf("slow platform run %d: %d messages, %s /s of platform time, %s /s of machine "
                                + "time, %d duplicates, %d calls%n", run, messages,
                        Numbers.format(result.perPlatformSecond()), Numbers.format(result.perWallSecond()),
                        result.duplicates(), result.calls());
            }
        }
    }
}
