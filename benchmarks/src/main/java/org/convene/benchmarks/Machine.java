package org.convene.benchmarks;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;

/** The machine a run happened on: cores, memory, JDK, and the load average, read when asked. */
public final class Machine {

    private Machine() {
    }

    public static String describe() {
        return Runtime.getRuntime().availableProcessors() + " cores, " + memory() + " memory, JDK "
                + System.getProperty("java.version") + " (" + System.getProperty("java.vm.name") + "), "
                + System.getProperty("os.name") + " " + System.getProperty("os.arch") + describedOptions();
    }

    /**
     * The JVM options this JVM runs with (the bot's own, as ./benchmark gives them from the launchers' shared
     * settings): the -XX options and the JDK's access flags, for the processes a benchmark starts to run alike. A
     * flight recording asked of this JVM is left out, so the processes do not write into its file.
     */
    public static List<String> jvmOptions() {
        return ManagementFactory.getRuntimeMXBean().getInputArguments().stream()
                .filter(argument -> argument.startsWith("-XX:") || argument.startsWith("--sun-misc-"))
                .filter(argument -> !argument.startsWith("-XX:StartFlightRecording")
                        && !argument.startsWith("-XX:FlightRecorderOptions"))
                .toList();
    }

    private static String describedOptions() {
        List<String> options = jvmOptions();
        return options.isEmpty() ? "" : ", JVM options " + String.join(" ", options);
    }

    /** The 1, 5 and 15 minute load averages, as /proc/loadavg gives them. */
    public static String loadAverage() {
        try {
            String[] fields = Files.readString(Path.of("/proc/loadavg")).trim().split("\\s+");
            return fields[0] + ", " + fields[1] + ", " + fields[2];
        } catch (IOException unavailable) {
            return String.format(Locale.ROOT, "%.2f (1 min)",
                    ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage());
        }
    }

    private static String memory() {
        try {
            for (String line : Files.readAllLines(Path.of("/proc/meminfo"))) {
                if (line.startsWith("MemTotal:")) {
                    long kilobytes = Long.parseLong(line.replaceAll("[^0-9]", ""));
                    return String.format(Locale.ROOT, "%.1f GB", kilobytes / 1_048_576.0);
                }
            }
        } catch (IOException unavailable) {
            return "unknown";
        }
        return "unknown";
    }
}
