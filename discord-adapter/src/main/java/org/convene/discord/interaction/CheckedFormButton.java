package org.convene.discord.interaction;

import static java.util.Objects.requireNonNull;

import java.util.Optional;
import java.util.function.BiFunction;
import java.util.function.Function;
import net.dv8tion.jda.api.events.interaction.component.ButtonInteractionEvent;
import org.convene.core.command.Caller;
import org.convene.core.command.CommandService;
import org.convene.core.usecase.DatePollUseCase;

/**
 * A button whose form needs the core first (a poll's winning date, the right to review proposals): the
 * {@link FormOpener} asks on a worker and answers with the form, or privately with the core's refusal.
 */
public final class CheckedFormButton implements FormButton {

    private final String prefix;
    private final String what;
    private final Function<String, Optional<Long>> subject;
    private final BiFunction<Caller, Long, FormOpener.Opening> check;
    private final FormOpener opener;

    private CheckedFormButton(String prefix, String what, Function<String, Optional<Long>> subject,
                              BiFunction<Caller, Long, FormOpener.Opening> check, FormOpener opener) {
        this.prefix = requireNonNull(prefix, "prefix");
        this.what = requireNonNull(what, "what");
        this.subject = requireNonNull(subject, "subject");
        this.check = requireNonNull(check, "check");
        this.opener = requireNonNull(opener, "opener");
    }

    /** "Decline" under a proposal ({@code proposals decline <id>}): the form for a reason, for reviewers only. */
    public static FormButton declineProposal(CommandService commands, FormOpener opener) {
        return new CheckedFormButton("proposals decline ", "a button", ProposalForms::declines,
                (caller, proposal) -> ProposalForms.declining(commands, caller, proposal), opener);
    }

    /** A closed poll's "Post the event" ({@code poll close <id> post}): the event form with the winning date. */
    public static FormButton postPoll(CommandService commands, DatePollUseCase polls, FormOpener opener) {
        EventForms forms = new EventForms();
        return new CheckedFormButton("poll close ", "a poll's post button", PollPostForms::pollOf,
                (caller, poll) -> FormOpener.Opening.of(forms.postForm(polls.draft(commands.actor(caller), poll))),
                opener);
    }

    @Override
    public String prefix() {
        return prefix;
    }

    @Override
    public boolean opens(String componentId) {
        return subject.apply(componentId).isPresent();
    }

    @Override
    public void open(ButtonInteractionEvent click) {
        long id = subject.apply(click.getComponentId()).orElseThrow();
        opener.open(click, what, caller -> check.apply(caller, id));
    }
}
