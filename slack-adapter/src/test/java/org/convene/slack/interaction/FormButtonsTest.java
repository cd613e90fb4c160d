package org.convene.slack.interaction;

import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;

class FormButtonsTest {

    private static FormButton owning(String prefix) {
        return new FormButton(prefix, click -> {
            throw new AssertionError("not clicked in this test");
        });
    }

    @Test
    void twoButtonsWithTheSamePrefixAreRefused() {
        assertThatThrownBy(() -> new FormButtons(List.of(owning("talk offer "), owning("Talk Offer "))))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("talk offer ");
    }
}
