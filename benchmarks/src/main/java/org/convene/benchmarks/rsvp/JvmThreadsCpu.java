package org.convene.benchmarks.rsvp;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;

/**
 * The CPU this JVM's own threads have used, read from Linux's {@code /proc/self/task}: the JIT compiler's threads and
 * the garbage collector's, which the Java management beans report only as elapsed time. Zero elsewhere.
 */
record JvmThreadsCpu(long jitMillis, long gcMillis) {

    private static final Path TASKS = Path.of("/proc/self/task");
    private static final long MILLIS_PER_TICK = 10;

    static JvmThreadsCpu now() {
        long jit = 0;
        long gc = 0;
        try (Stream<Path> tasks = Files.list(TASKS)) {
            for (Path task : (Iterable<Path>) tasks::iterator) {
                String stat = read(task.resolve("stat"));
                int open = stat.indexOf('(');
                int close = stat.lastIndexOf(')');
                if (open < 0 || close < open) {
                    continue;
                }
                String name = stat.substring(open + 1, close);
                String[] fields = stat.substring(close + 2).split(" ");
                // After the name: state is field 3, utime field 14 and stime field 15 of the whole line.
                long ticks = Long.parseLong(fields[11]) + Long.parseLong(fields[12]);
                if (name.contains("CompilerThre")) {
                    jit += ticks;
                } else if (name.startsWith("GC Thread") || name.startsWith("G1 ")) {
                    gc += ticks;
                }
            }
        } catch (IOException | RuntimeException unreadable) {
            return new JvmThreadsCpu(0, 0);
        }
        return new JvmThreadsCpu(jit * MILLIS_PER_TICK, gc * MILLIS_PER_TICK);
    }

    private static String read(Path stat) {
        try {
            return Files.readString(stat);
        } catch (IOException gone) {
            return "";
        }
    }
}
