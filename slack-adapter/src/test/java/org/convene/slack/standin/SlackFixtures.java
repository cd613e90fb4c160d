package org.convene.slack.standin;

import static java.util.Objects.requireNonNull;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.atomic.AtomicLong;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The project's own copies of the shapes Slack really sends (org-wide installs with {@code "team": null}, Slack
 * Connect users from another team, Home tab clicks without a response URL, uninstalls, events the app does not act
 * on), kept under {@code src/test/resources/slack/} with {@code {{name}}} placeholders, filled in and signed as Slack
 * sends each kind: interactions as {@code payload=} forms, events as JSON, slash commands as forms.
 */
public final class SlackFixtures {

    private static final Pattern PLACEHOLDER = Pattern.compile("\\{\\{(\\w+)}}");

    private final SignedRequests requests;
    private final String teamId;
    private final Clock clock;
    private final AtomicLong sequence = new AtomicLong();

    public SlackFixtures(SignedRequests requests, String teamId, Clock clock) {
        this.requests = requireNonNull(requests, "requests");
        this.teamId = requireNonNull(teamId, "teamId");
        this.clock = requireNonNull(clock, "clock");
    }

    /** The fixture file's text with every placeholder filled; {@code team}, {@code now}, {@code sequence} and {@code trigger} have defaults. */
    public String text(String name, Map<String, String> values) {
        Map<String, String> all = new HashMap<>();
        long next = sequence.incrementAndGet();
        all.put("team", teamId);
        all.put("now", Long.toString(clock.instant().getEpochSecond()));
        all.put("sequence", Long.toString(next));
        all.put("trigger", next + ".4242." + Long.toHexString(clock.millis()));
        all.put("bots", "");
        all.putAll(values);
        boolean form = name.endsWith(".form");
        Matcher matcher = PLACEHOLDER.matcher(read(name));
        StringBuilder text = new StringBuilder();
        while (matcher.find()) {
            String value = all.get(matcher.group(1));
            if (value == null) {
                throw new IllegalArgumentException("no value for {{" + matcher.group(1) + "}} in " + name);
            }
            matcher.appendReplacement(text, Matcher.quoteReplacement(form
                    ? URLEncoder.encode(value, StandardCharsets.UTF_8) : value));
        }
        matcher.appendTail(text);
        return text.toString().strip();
    }

    /** The fixture filled in and signed now, in the encoding Slack uses for its kind. */
    public SignedRequest signed(String name, Map<String, String> values) {
        String text = text(name, values);
        if (name.endsWith(".form")) {
            return requests.sign(text, "application/x-www-form-urlencoded");
        }
        if (name.startsWith("event-")) {
            return requests.sign(text, "application/json");
        }
        return requests.signForm(Map.of("payload", text));
    }

    private static String read(String name) {
        try (InputStream in = SlackFixtures.class.getResourceAsStream("/slack/" + name)) {
            if (in == null) {
                throw new IllegalArgumentException("no fixture " + name);
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
