package org.convene.discord.standin;

import static java.util.Objects.requireNonNull;

import net.dv8tion.jda.api.interactions.commands.OptionType;
import net.dv8tion.jda.api.utils.data.DataObject;

/**
 * One option a user filled in a slash command. An autocomplete request marks the option being typed as focused;
 * its value is then the partial text, whatever the option's type.
 *
 * @param name the option name
 * @param type the option type
 * @param value the value: a String, Long, Boolean or Double, or a snowflake string for users
 * @param focused whether the user is typing in this option
 */
public record CommandOption(String name, OptionType type, Object value, boolean focused) {
    public CommandOption {
        requireNonNull(name, "name");
        requireNonNull(type, "type");
        requireNonNull(value, "value");
    }

    DataObject toData() {
        DataObject option = DataObject.empty().put("name", name).put("type", type.getKey()).put("value", value);
        return focused ? option.put("focused", true) : option;
    }
}
