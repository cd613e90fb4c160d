package org.convene.slack.interaction;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads the text of a slash command as the member typed it, undoing Slack's escaping once: {@code &amp;},
 * {@code &lt;} and {@code &gt;} become {@code &}, {@code <} and {@code >}; a wrapped link {@code <https://x|label>}
 * becomes its address; a user mention stays {@code <@U123>} (with its name when it is one word), so the grammar
 * names that Slack user; a channel {@code <#C123|name>} becomes {@code #name}; {@code <!here>} and its kin become
 * plain words ({@code @here}); a {@code <!date^…|fallback>} becomes its fallback. Everything is done in one pass, so
 * a member who types {@code &lt;} gets {@code &lt;}, not {@code <}.
 */
public final class SlackText {

    private static final Pattern ESCAPED = Pattern.compile("<([^<>]*)>|&amp;|&lt;|&gt;");
    private static final Pattern ENTITY = Pattern.compile("&amp;|&lt;|&gt;");
    private static final Pattern ONE_WORD = Pattern.compile("[\\w.\\-]+");

    private SlackText() {
    }

    /** The text as typed; null reads as empty. */
    public static String read(String escaped) {
        if (escaped == null || escaped.isEmpty()) {
            return "";
        }
        Matcher matcher = ESCAPED.matcher(escaped);
        StringBuilder text = new StringBuilder(escaped.length());
        while (matcher.find()) {
            String replacement = matcher.group(1) == null ? entity(matcher.group()) : wrapped(matcher.group(1));
            matcher.appendReplacement(text, Matcher.quoteReplacement(replacement));
        }
        matcher.appendTail(text);
        return text.toString();
    }

    private static String entity(String entity) {
        return switch (entity) {
            case "&amp;" -> "&";
            case "&lt;" -> "<";
            default -> ">";
        };
    }

    private static String wrapped(String inside) {
        int bar = inside.indexOf('|');
        String target = bar < 0 ? inside : inside.substring(0, bar);
        String label = bar < 0 ? null : unescapeEntities(inside.substring(bar + 1));
        if (target.startsWith("@")) {
            return label != null && ONE_WORD.matcher(label).matches() ? "<" + target + "|" + label + ">"
                    : "<" + target + ">";
        }
        if (target.startsWith("#")) {
            return "#" + (label == null || label.isBlank() ? target.substring(1) : label);
        }
        if (target.startsWith("!")) {
            return special(target.substring(1), label);
        }
        if (target.startsWith("mailto:")) {
            return label != null && !label.isBlank() ? label : unescapeEntities(target.substring("mailto:".length()));
        }
        return unescapeEntities(target);
    }

    private static String special(String command, String label) {
        if (label != null && !label.isBlank()) {
            return label;
        }
        int caret = command.indexOf('^');
        String name = caret < 0 ? command : command.substring(0, caret);
        return "@" + name;
    }

    private static String unescapeEntities(String text) {
        Matcher matcher = ENTITY.matcher(text);
        StringBuilder plain = new StringBuilder(text.length());
        while (matcher.find()) {
            matcher.appendReplacement(plain, Matcher.quoteReplacement(entity(matcher.group())));
        }
        matcher.appendTail(plain);
        return plain.toString();
    }
}
