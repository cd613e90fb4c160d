package org.convene.discord.interaction;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import net.dv8tion.jda.api.events.interaction.component.ButtonInteractionEvent;
import org.junit.jupiter.api.Test;

class FormButtonsTest {

    /** A button that owns a prefix and opens nothing on its own. */
    private record Owning(String prefix) implements FormButton {

        @Override
        public boolean opens(String componentId) {
            return true;
        }

        @Override
        public void open(ButtonInteractionEvent click) {
            throw new AssertionError("not clicked in this test");
        }
    }

    @Test
    void twoButtonsWithTheSamePrefixAreRefused() {
        assertThatThrownBy(() -> new FormButtons(List.of(InstantFormButton.checkIn(), new Owning("Checkin "))))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("checkin ");
    }

    @Test
    void aCustomIdIsOwnedByTheButtonWhosePrefixItStartsWith() {
        FormButton checkIn = InstantFormButton.checkIn();
        FormButton talkOffer = InstantFormButton.talkOffer();
        FormButton propose = InstantFormButton.propose();
        FormButtons buttons = new FormButtons(List.of(checkIn, talkOffer, propose));

        assertThat(buttons.find("checkin 42")).containsSame(checkIn);
        assertThat(buttons.find("talk offer 42")).containsSame(talkOffer);
        assertThat(buttons.find(" Propose ")).containsSame(propose);
        assertThat(buttons.find("checkin 42 ABC")).isEmpty();
        assertThat(buttons.find("rsvp 42 going")).isEmpty();
    }
}
