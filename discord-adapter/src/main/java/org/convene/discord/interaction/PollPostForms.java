package org.convene.discord.interaction;

import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import net.dv8tion.jda.api.interactions.commands.Command.Choice;
import org.convene.core.usecase.Actor;
import org.convene.core.usecase.DatePollUseCase;

/** Recognises a closed poll's "Post the event" button, and offers polls as autocomplete choices. */
final class PollPostForms {

    private static final Pattern BUTTON = Pattern.compile("poll close #?(\\d{1,18}) post", Pattern.CASE_INSENSITIVE);
    private static final int CHOICES = 25;
    private static final int NAME_LIMIT = 100;

    private PollPostForms() {
    }

    /** The poll a button's custom id posts, if it is that button. */
    static Optional<Long> pollOf(String customId) {
        Matcher matcher = BUTTON.matcher(customId.strip());
        return matcher.matches() ? Optional.of(Long.parseLong(matcher.group(1))) : Optional.empty();
    }

    /** Up to 25 polls matching what was typed, named {@code #7 Book club (closed)}. */
    static List<Choice> choices(DatePollUseCase polls, Actor actor, String typed) {
        return polls.search(actor, typed, CHOICES).stream().map(poll -> {
            String name = "#" + poll.id() + " " + poll.title() + (poll.closed() ? " (closed)" : "");
            return new Choice(name.length() <= NAME_LIMIT ? name : name.substring(0, NAME_LIMIT - 1) + "…",
                    poll.id());
        }).toList();
    }
}
