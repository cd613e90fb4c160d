package org.convene.discord.interaction;

import static java.util.Objects.requireNonNull;

import java.util.Optional;
import java.util.function.Function;
import net.dv8tion.jda.api.events.interaction.component.ButtonInteractionEvent;
import net.dv8tion.jda.api.modals.Modal;

/**
 * A button whose form opens at once, with nothing to ask the core first: the core checks what comes back when the
 * form is sent.
 */
public final class InstantFormButton implements FormButton {

    private final String prefix;
    private final Function<String, Optional<Modal>> form;

    private InstantFormButton(String prefix, Function<String, Optional<Modal>> form) {
        this.prefix = requireNonNull(prefix, "prefix");
        this.form = requireNonNull(form, "form");
    }

    /** "Offer a talk" on an event's card ({@code talk offer <id>}): the talk form; the core checks the slot. */
    public static FormButton talkOffer() {
        return new InstantFormButton("talk offer ", id -> TalkForm.eventOf(id).map(TalkForm::offerForm));
    }

    /** "Check in" on an event's card ({@code checkin <id>}): the form for the code the organizers show. */
    public static FormButton checkIn() {
        return new InstantFormButton("checkin ", id -> CheckInForms.eventOf(id).map(CheckInForms::form));
    }

    /** The button under the proposal guidelines ({@code propose}): the form of a group proposal. */
    public static FormButton propose() {
        ProposalForms forms = new ProposalForms();
        return new InstantFormButton("propose", id -> ProposalForms.opensProposal(id)
                ? Optional.of(forms.proposalForm()) : Optional.empty());
    }

    @Override
    public String prefix() {
        return prefix;
    }

    @Override
    public boolean opens(String componentId) {
        return form.apply(componentId).isPresent();
    }

    @Override
    public void open(ButtonInteractionEvent click) {
        click.replyModal(form.apply(click.getComponentId()).orElseThrow()).queue();
    }
}
