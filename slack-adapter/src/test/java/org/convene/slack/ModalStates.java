package org.convene.slack;

import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import java.util.HashMap;
import java.util.Map;
import org.convene.slack.interaction.EventModal;

/** A form's picked values as Slack sends them back, and the values a form opens with. */
final class ModalStates {

    private ModalStates() {
    }

    /** One picker's state in a submission: its type and the field that holds what was picked. */
    static JsonObject picked(String type, String field, String value) {
        JsonObject state = new JsonObject();
        state.addProperty("type", type);
        state.addProperty(field, value);
        JsonObject block = new JsonObject();
        block.add(EventModal.ACTION, state);
        return block;
    }

    /** Block id to the initial value, date or time its element opens with. */
    static Map<String, String> initialValues(JsonObject view) {
        Map<String, String> initial = new HashMap<>();
        for (JsonElement element : view.getAsJsonArray("blocks")) {
            JsonObject block = element.getAsJsonObject();
            JsonObject input = block.getAsJsonObject("element");
            if (input == null) {
                continue;
            }
            for (String field : new String[] {"initial_value", "initial_date", "initial_time"}) {
                if (input.has(field)) {
                    initial.put(block.get("block_id").getAsString(), input.get(field).getAsString());
                }
            }
        }
        return initial;
    }
}
