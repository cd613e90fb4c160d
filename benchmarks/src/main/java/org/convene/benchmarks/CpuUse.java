package org.convene.benchmarks;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * The CPU used so far, read from Linux's {@code /proc}: this JVM's threads in groups named by what their names say
 * they do (the JIT compiler, the garbage collector, and groups the caller names by thread-name prefix), and other
 * processes by id, each with its descendants (a PostgreSQL server's backends). The difference of two readings is the
 * CPU of what ran between them (a grouped thread must live through both: one that ends counts as other threads);
 * where {@code /proc} cannot be read, the groups read zero.
 */
public record CpuUse(Map<String, Long> millis) {

    public static final String JIT = "JIT compiler";
    public static final String GC = "garbage collector";
    public static final String OTHER_THREADS = "other threads";
    private static final Path TASKS = Path.of("/proc/self/task");
    private static final Path SELF = Path.of("/proc/self/stat");
    private static final long MILLIS_PER_TICK = 10;
    /** G1's threads and generational ZGC's, by the names HotSpot gives them. */
    private static final List<String> GC_THREADS = List.of("GC Thread", "G1 ", "ZWorker", "ZDriver", "ZDirector",
            "ZUncommitter", "ZUnmapper", "ZStat", "ZRefProc");

    /** A group of this JVM's threads: those whose name starts with one of {@code prefixes}. */
    public record ThreadGroup(String name, List<String> prefixes) {

        public static ThreadGroup of(String name, String... prefixes) {
            return new ThreadGroup(name, List.of(prefixes));
        }

        boolean holds(String threadName) {
            return prefixes.stream().anyMatch(threadName::startsWith);
        }
    }

    public CpuUse {
        millis = Collections.unmodifiableMap(new LinkedHashMap<>(millis));
    }

    /** This JVM's threads only: the JIT's, the collector's, each of {@code groups}, and all others. */
    public static CpuUse ofThisJvm(ThreadGroup... groups) {
        return now(List.of(groups), Map.of());
    }

    /** This JVM's threads by group, and each named process with its descendants. */
    public static CpuUse now(List<ThreadGroup> groups, Map<String, ProcessHandle> processes) {
        Map<String, Long> millis = new LinkedHashMap<>();
        millis.put(JIT, 0L);
        millis.put(GC, 0L);
        groups.forEach(group -> millis.put(group.name(), 0L));
        millis.put(OTHER_THREADS, 0L);
        try (Stream<Path> tasks = Files.list(TASKS)) {
            long grouped = 0;
            for (Path task : (Iterable<Path>) tasks::iterator) {
                Optional<TaskStat> thread = TaskStat.of(read(task.resolve("stat")));
                if (thread.isPresent()) {
                    String group = groupOf(thread.get().name(), groups);
                    if (!group.equals(OTHER_THREADS)) {
                        millis.merge(group, thread.get().millis(), Long::sum);
                        grouped += thread.get().millis();
                    }
                }
            }
            // The process's own total also holds the threads that have ended, which /proc/self/task no longer lists.
            long total = TaskStat.of(read(SELF)).map(TaskStat::millis).orElse(grouped);
            millis.put(OTHER_THREADS, Math.max(0, total - grouped));
        } catch (IOException | RuntimeException unreadable) {
            // Zeros: a machine without /proc.
        }
        processes.forEach((name, process) -> millis.put(name, withDescendants(process)));
        return new CpuUse(millis);
    }

    /** The CPU used between {@code earlier} and this reading, group by group. */
    public CpuUse since(CpuUse earlier) {
        Map<String, Long> difference = new LinkedHashMap<>();
        millis.forEach((name, value) -> difference.put(name, value - earlier.millis.getOrDefault(name, 0L)));
        return new CpuUse(difference);
    }

    public long of(String group) {
        return millis.getOrDefault(group, 0L);
    }

    private static String groupOf(String threadName, List<ThreadGroup> groups) {
        if (threadName.contains("CompilerThre")) {
            return JIT;
        }
        if (GC_THREADS.stream().anyMatch(threadName::startsWith)) {
            return GC;
        }
        return groups.stream().filter(group -> group.holds(threadName)).map(ThreadGroup::name).findFirst()
                .orElse(OTHER_THREADS);
    }

    private static long withDescendants(ProcessHandle process) {
        return Stream.concat(Stream.of(process), process.descendants())
                .mapToLong(each -> each.info().totalCpuDuration().map(Duration::toMillis).orElse(0L)).sum();
    }

    private static String read(Path stat) {
        try {
            return Files.readString(stat);
        } catch (IOException gone) {
            return "";
        }
    }

    /** One line of {@code /proc/self/task/<id>/stat} (or of the process's own): the name and the CPU it used. */
    private record TaskStat(String name, long millis) {

        static Optional<TaskStat> of(String stat) {
            int open = stat.indexOf('(');
            int close = stat.lastIndexOf(')');
            if (open < 0 || close < open) {
                return Optional.empty();
            }
            String[] fields = stat.substring(close + 2).split(" ");
            // After the name: state is field 3 of the line, utime field 14 and stime field 15.
            long ticks = Long.parseLong(fields[11]) + Long.parseLong(fields[12]);
            return Optional.of(new TaskStat(stat.substring(open + 1, close), ticks * MILLIS_PER_TICK));
        }
    }
}
