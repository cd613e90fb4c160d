package org.convene.discord.standin;

import static java.util.Objects.requireNonNull;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A path template such as {@code /channels/{channelId}/messages}, where each {@code {name}} stands for one path
 * segment; it tells whether a request path fits and what the named segments are.
 */
final class RoutePattern {
    private static final Pattern VARIABLE = Pattern.compile("\\{([A-Za-z][A-Za-z0-9]*)}");

    private final String template;
    private final Pattern regex;
    private final List<String> names;

    private RoutePattern(String template, Pattern regex, List<String> names) {
        this.template = template;
        this.regex = regex;
        this.names = names;
    }

    static RoutePattern of(String template) {
        requireNonNull(template, "template");
        if (!template.startsWith("/")) {
            throw new IllegalArgumentException("a route template starts with '/': " + template);
        }
        Matcher matcher = VARIABLE.matcher(template);
        StringBuilder regex = new StringBuilder();
        List<String> names = new ArrayList<>();
        int literalStart = 0;
        while (matcher.find()) {
            regex.append(Pattern.quote(template.substring(literalStart, matcher.start())));
            regex.append("([^/]+)");
            names.add(matcher.group(1));
            literalStart = matcher.end();
        }
        regex.append(Pattern.quote(template.substring(literalStart)));
        return new RoutePattern(template, Pattern.compile(regex.toString()), List.copyOf(names));
    }

    String template() {
        return template;
    }

    boolean matches(String path) {
        return regex.matcher(path).matches();
    }

    /** The named segments of the path, or empty if the path does not fit. */
    Optional<Map<String, String>> match(String path) {
        Matcher matcher = regex.matcher(path);
        if (!matcher.matches()) {
            return Optional.empty();
        }
        Map<String, String> variables = new LinkedHashMap<>();
        for (int index = 0; index < names.size(); index++) {
            variables.put(names.get(index), matcher.group(index + 1));
        }
        return Optional.of(variables);
    }

    @Override
    public String toString() {
        return template;
    }
}
