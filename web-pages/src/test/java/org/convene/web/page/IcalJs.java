package org.convene.web.page;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.openqa.selenium.json.Json;

/**
 * Mozilla's ical.js, run with Node on {@code src/test/node/read-feed.mjs}: reads a served feed as a calendar client
 * does and returns its events (uid, sequence, status, summary, start and end in UTC). Fails, naming the fix, when
 * Node or the npm tools are missing.
 */
final class IcalJs {

    private static final Path SCRIPTS = Path.of("src", "test", "node");

    private IcalJs() {
    }

    @SuppressWarnings("unchecked")
    static List<Map<String, Object>> events(String address) throws IOException, InterruptedException {
        if (!Files.isDirectory(SCRIPTS.resolve("node_modules").resolve("ical.js"))) {
            throw new AssertionError("ical.js is not installed: run ./test (or npm ci in web-pages/src/test/node)");
        }
        Process node;
        try {
            node = new ProcessBuilder("node", "read-feed.mjs", address).directory(SCRIPTS.toFile())
                    .redirectError(ProcessBuilder.Redirect.INHERIT).start();
        } catch (IOException missing) {
            throw new AssertionError("node is not on the PATH: run ./test, which installs it", missing);
        }
        byte[] output = node.getInputStream().readAllBytes();
        if (!node.waitFor(30, TimeUnit.SECONDS) || node.exitValue() != 0) {
            node.destroyForcibly();
            throw new AssertionError("ical.js could not read " + address);
        }
        Map<String, Object> calendar = new Json().toType(new String(output, StandardCharsets.UTF_8), Map.class);
        return (List<Map<String, Object>>) calendar.get("events");
    }
}
