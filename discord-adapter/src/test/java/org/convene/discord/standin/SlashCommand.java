package org.convene.discord.standin;

import static java.util.Objects.requireNonNull;

import java.util.ArrayList;
import java.util.List;
import net.dv8tion.jda.api.interactions.commands.OptionType;
import net.dv8tion.jda.api.utils.data.DataArray;
import net.dv8tion.jda.api.utils.data.DataObject;

/**
 * A slash command as a user invokes it — {@code /meetup join group:code4libnyc} is
 * {@code SlashCommand.named("meetup").subcommand("join").option("group", "code4libnyc")} — immutable, each
 * method returning a changed copy. The same value describes an autocomplete request once one option is
 * {@link #focused focused}.
 */
public final class SlashCommand {
    private final String name;
    private final String group;
    private final String subcommand;
    private final List<CommandOption> options;
    private final List<StandInUser> mentionedUsers;

    private SlashCommand(
            String name,
            String group,
            String subcommand,
            List<CommandOption> options,
            List<StandInUser> mentionedUsers) {
        this.name = requireNonNull(name, "name");
        this.group = group;
        this.subcommand = subcommand;
        this.options = List.copyOf(options);
        this.mentionedUsers = List.copyOf(mentionedUsers);
    }

    public static SlashCommand named(String name) {
        return new SlashCommand(name, null, null, List.of(), List.of());
    }

    public String name() {
        return name;
    }

    public List<CommandOption> options() {
        return options;
    }

    public SlashCommand subcommand(String subcommandName) {
        return new SlashCommand(name, group, requireNonNull(subcommandName), options, mentionedUsers);
    }

    public SlashCommand subcommand(String groupName, String subcommandName) {
        return new SlashCommand(
                name, requireNonNull(groupName), requireNonNull(subcommandName), options, mentionedUsers);
    }

    public SlashCommand option(String optionName, String value) {
        return option(new CommandOption(optionName, OptionType.STRING, value, false));
    }

    public SlashCommand option(String optionName, long value) {
        return option(new CommandOption(optionName, OptionType.INTEGER, value, false));
    }

    public SlashCommand option(String optionName, boolean value) {
        return option(new CommandOption(optionName, OptionType.BOOLEAN, value, false));
    }

    public SlashCommand option(String optionName, double value) {
        return option(new CommandOption(optionName, OptionType.NUMBER, value, false));
    }

    /** A user option; the payload then carries the user (and, in a guild, the member) as resolved data. */
    public SlashCommand option(String optionName, StandInUser user) {
        List<StandInUser> users = new ArrayList<>(mentionedUsers);
        users.add(user);
        return new SlashCommand(name, group, subcommand, options, users)
                .option(new CommandOption(optionName, OptionType.USER, EntityJson.id(user.id()), false));
    }

    /** The string option the user is typing in, with what they typed so far. */
    public SlashCommand focused(String optionName, String partialValue) {
        return focused(optionName, OptionType.STRING, partialValue);
    }

    /** The option of this type the user is typing in, with what they typed so far. */
    public SlashCommand focused(String optionName, OptionType type, String partialValue) {
        return option(new CommandOption(optionName, type, partialValue, true));
    }

    public SlashCommand option(CommandOption option) {
        List<CommandOption> more = new ArrayList<>(options);
        more.add(requireNonNull(option, "option"));
        return new SlashCommand(name, group, subcommand, more, mentionedUsers);
    }

    boolean hasFocusedOption() {
        return options.stream().anyMatch(CommandOption::focused);
    }

    /** The interaction's {@code data} object. */
    DataObject toData(long commandId, InteractionOrigin origin) {
        DataArray given = DataArray.empty();
        options.forEach(option -> given.add(option.toData()));
        DataArray topLevel = given;
        if (subcommand != null) {
            DataObject sub = DataObject.empty()
                    .put("name", subcommand)
                    .put("type", OptionType.SUB_COMMAND.getKey())
                    .put("options", given);
            topLevel = DataArray.empty().add(sub);
            if (group != null) {
                topLevel = DataArray.empty().add(DataObject.empty()
                        .put("name", group)
                        .put("type", OptionType.SUB_COMMAND_GROUP.getKey())
                        .put("options", DataArray.empty().add(sub)));
            }
        }
        DataObject data = DataObject.empty()
                .put("id", EntityJson.id(commandId))
                .put("name", name)
                .put("type", 1)
                .put("options", topLevel);
        if (!mentionedUsers.isEmpty()) {
            data.put("resolved", resolved(origin));
        }
        return data;
    }

    private DataObject resolved(InteractionOrigin origin) {
        DataObject users = DataObject.empty();
        DataObject members = DataObject.empty();
        for (StandInUser user : mentionedUsers) {
            users.put(EntityJson.id(user.id()), EntityJson.user(user));
            DataObject member = EntityJson.member(user, List.of()).put("permissions", "0");
            member.remove("user");
            members.put(EntityJson.id(user.id()), member);
        }
        DataObject resolved = DataObject.empty().put("users", users);
        return origin.isDirectMessage() ? resolved : resolved.put("members", members);
    }

    @Override
    public String toString() {
        StringBuilder text = new StringBuilder("/").append(name);
        if (group != null) {
            text.append(' ').append(group);
        }
        if (subcommand != null) {
            text.append(' ').append(subcommand);
        }
        options.forEach(option -> text.append(' ')
                .append(option.name())
                .append(':')
                .append(option.value())
                .append(option.focused() ? "|" : ""));
        return text.toString();
    }
}
