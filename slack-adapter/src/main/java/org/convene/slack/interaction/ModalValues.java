package org.convene.slack.interaction;

import com.slack.api.model.view.ViewState;
import java.util.Map;

/** Reads a submitted modal's state: the text, date, time or option chosen in a block, blank as null. */
final class ModalValues {

    private final Map<String, Map<String, ViewState.Value>> values;

    ModalValues(Map<String, Map<String, ViewState.Value>> values) {
        this.values = values == null ? Map.of() : values;
    }

    /** Whether the checkbox with {@code value} is ticked in the block. */
    boolean ticked(String blockId, String value) {
        Map<String, ViewState.Value> block = values.get(blockId);
        ViewState.Value state = block == null ? null : block.get(EventModal.ACTION);
        return state != null && state.getSelectedOptions() != null
                && state.getSelectedOptions().stream().anyMatch(option -> value.equals(option.getValue()));
    }

    String text(String blockId) {
        Map<String, ViewState.Value> block = values.get(blockId);
        ViewState.Value value = block == null ? null : block.get(EventModal.ACTION);
        if (value == null) {
            return null;
        }
        String text = value.getValue();
        if (text == null) {
            text = value.getSelectedDate();
        }
        if (text == null) {
            text = value.getSelectedTime();
        }
        if (text == null && value.getSelectedOption() != null) {
            text = value.getSelectedOption().getValue();
        }
        return text == null || text.isBlank() ? null : text.strip();
    }
}
