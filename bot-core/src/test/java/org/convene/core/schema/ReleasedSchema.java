package org.convene.core.schema;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.Properties;
import java.util.TreeMap;

/**
 * The released schema's last migration version (from {@code db/released-schema.properties}), and the contractions
 * allowed past it (from {@code db/allowed-contractions.txt}), each with the reason it is safe.
 */
record ReleasedSchema(String version, String commit, Map<String, String> allowedContractions) {

    static ReleasedSchema load() {
        Properties released = new Properties();
        try (InputStream in = resource("db/released-schema.properties")) {
            released.load(in);
        } catch (IOException failure) {
            throw new UncheckedIOException(failure);
        }
        return new ReleasedSchema(released.getProperty("version"), released.getProperty("commit"), allowed());
    }

    private static Map<String, String> allowed() {
        Map<String, String> allowed = new TreeMap<>();
        try (BufferedReader reader = new BufferedReader(new InputStreamReader(resource("db/allowed-contractions.txt"),
                StandardCharsets.UTF_8))) {
            reader.lines().map(String::strip).filter(line -> !line.isEmpty() && !line.startsWith("#"))
                    .forEach(line -> {
                        int bar = line.lastIndexOf('|');
                        if (bar < 0 || line.substring(bar + 1).isBlank()) {
                            throw new IllegalStateException("an allowed contraction must say after '|' which release"
                                    + " stopped using the object: " + line);
                        }
                        allowed.put(line.substring(0, bar).strip(), line.substring(bar + 1).strip());
                    });
        } catch (IOException failure) {
            throw new UncheckedIOException(failure);
        }
        return allowed;
    }

    private static InputStream resource(String name) {
        InputStream in = ReleasedSchema.class.getClassLoader().getResourceAsStream(name);
        if (in == null) {
            throw new IllegalStateException(name + " is missing from the classpath");
        }
        return in;
    }
}
