package org.convene.slack.interaction;

import static java.util.Objects.requireNonNull;

import java.util.Optional;
import java.util.function.Function;
import org.convene.core.reply.Reply;

/**
 * A button that may answer with a form instead of running its command: the start of the commands it owns (in lower
 * case with single spaces; no two buttons share one) and how it opens its form with the click's trigger, which Slack
 * honours for three seconds only. Opening gives nothing when the form opened, otherwise what the clicker is told
 * instead (the command run as typed, or why not).
 */
public record FormButton(String prefix, Function<FormClick, Optional<Reply>> opening) {

    public FormButton {
        requireNonNull(prefix, "prefix");
        requireNonNull(opening, "opening");
    }

    Optional<Reply> open(FormClick click) {
        return opening.apply(click);
    }
}
