package org.convene.config;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The launchers' shared script, run by bash against stand-in JDKs that say only their version: which JDK it picks,
 * and the JVM options it gives each version (the JDK 21 and 22 branch included, which no machine here has).
 */
class JavaRuntimeScriptTest {

    private static final Path SCRIPT = Path.of("src/main/dist/bin/java-runtime.sh").toAbsolutePath();

    @TempDir
    Path jdks;

    /** A stand-in JDK whose java prints only the specification version, as the real one does for this flag. */
    private Path jdk(String name, String version) throws IOException {
        Path java = jdks.resolve(name).resolve("bin/java");
        Files.createDirectories(java.getParent());
        Files.writeString(java, "#!/usr/bin/env bash\necho '    java.specification.version = " + version
                + "' >&2\n", StandardCharsets.UTF_8);
        Files.setPosixFilePermissions(java, PosixFilePermissions.fromString("rwxr-xr-x"));
        return java;
    }

    private String bash(String commands, String javaHome, String path) throws Exception {
        ProcessBuilder builder = new ProcessBuilder("bash", "-c", ". '" + SCRIPT + "'; " + commands)
                .redirectErrorStream(true);
        builder.environment().put("JAVA_HOME", javaHome);
        builder.environment().put("PATH", path + ":/usr/bin:/bin");
        Process process = builder.start();
        String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8).strip();
        assertThat(process.waitFor(30, TimeUnit.SECONDS)).isTrue();
        assertThat(process.exitValue()).as(output).isZero();
        return output;
    }

    private String optionsFor(Path java) throws Exception {
        return bash("set_jvm_options '" + java + "'; echo \"${jvm_options[*]}\"", "", "");
    }

    @Test
    void aJdkOlderThan21InJavaHomeIsPassedOverForOneOnThePath() throws Exception {
        Path old = jdk("jdk-17", "17");
        Path current = jdk("jdk-21", "21");

        String found = bash("find_java", old.getParent().getParent().toString(), current.getParent().toString());

        assertThat(found).isEqualTo(current.toString());
    }

    @Test
    void jdk21And22AskForGenerationalZgc() throws Exception {
        String generational = "-XX:+UseZGC -XX:SoftMaxHeapSize=256m -XX:+ZGenerational";
        assertThat(optionsFor(jdk("jdk-21", "21"))).isEqualTo(generational);
        assertThat(optionsFor(jdk("jdk-22", "22"))).isEqualTo(generational);
    }

    @Test
    void jdk23AndLaterAllowGuavasUnsafeAndNeedNoGenerationalFlag() throws Exception {
        assertThat(optionsFor(jdk("jdk-25", "25")))
                .isEqualTo("-XX:+UseZGC -XX:SoftMaxHeapSize=256m --sun-misc-unsafe-memory-access=allow");
    }
}
