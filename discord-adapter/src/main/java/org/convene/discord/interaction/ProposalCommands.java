package org.convene.discord.interaction;

import java.util.List;
import net.dv8tion.jda.api.interactions.commands.OptionType;
import net.dv8tion.jda.api.interactions.commands.SlashCommandInteraction;
import net.dv8tion.jda.api.interactions.commands.build.OptionData;
import net.dv8tion.jda.api.interactions.commands.build.SubcommandData;
import net.dv8tion.jda.api.interactions.commands.build.SubcommandGroupData;
import org.convene.core.command.Command;
import org.convene.core.domain.Refusal;

/**
 * {@code /meetup proposal new|list|accept|decline|guidelines} and the preference options of {@code /meetup profile},
 * as Discord registers them and as they are read back into the core's commands.
 */
final class ProposalCommands {

    private ProposalCommands() {
    }

    static SubcommandGroupData group() {
        return new SubcommandGroupData("proposal", "Propose a new group; admins review the proposals").addSubcommands(
                new SubcommandData("new", "Shows the guidelines, then a form to propose a group").addOptions(
                        MeetupCommandDefinition.text("slug", "Short name, to propose at once without the form")
                                .setMaxLength(40),
                        MeetupCommandDefinition.text("name", "Full name").setMaxLength(100),
                        MeetupCommandDefinition.text("description", "What the group is about"),
                        MeetupCommandDefinition.text("why", "Why it should exist")),
                new SubcommandData("list", "The open proposals, to accept or decline (admins)"),
                new SubcommandData("accept", "Accepts a proposal: the group is created (admins)")
                        .addOptions(proposal()),
                new SubcommandData("decline", "Declines a proposal with a reason for the proposer (admins)")
                        .addOptions(proposal(), MeetupCommandDefinition.text("reason",
                                "Why; left out, a form asks for it")),
                new SubcommandData("guidelines", "Shows or sets what members read before proposing (admins)")
                        .addOptions(MeetupCommandDefinition.text("text", "The new guidelines").setMaxLength(2000)));
    }

    static List<OptionData> preferenceOptions() {
        return List.of(MeetupCommandDefinition.text("dm", "Where your direct messages go, with both accounts linked")
                        .addChoice("discord", "discord").addChoice("slack", "slack").addChoice("auto", "auto"),
                new OptionData(OptionType.STRING, "mute", "Stop member reminders for this group", false, true),
                new OptionData(OptionType.STRING, "unmute", "Hear member reminders for this group again", false,
                        true));
    }

    static Command read(SlashCommandInteraction event, String name) {
        return switch (name) {
            case "new" -> text(event, "slug") == null ? Command.Propose.guidelines()
                    : new Command.Propose(text(event, "slug"), text(event, "name"), text(event, "description"),
                            text(event, "why"), List.of());
            case "list" -> new Command.ProposalList();
            case "accept" -> new Command.ProposalAccept(proposal(event));
            case "decline" -> new Command.ProposalDecline(proposal(event), text(event, "reason"));
            case "guidelines" -> new Command.ProposalGuidelines(text(event, "text"));
            default -> throw Refusal.invalid("I do not know /meetup proposal " + name + "; type /meetup help.");
        };
    }

    static Command profile(SlashCommandInteraction event, Boolean listed) {
        return new Command.Profile(listed, text(event, "dm"), text(event, "mute"), text(event, "unmute"));
    }

    private static OptionData proposal() {
        return new OptionData(OptionType.INTEGER, "proposal", "The proposal (type to search)", true, true)
                .setMinValue(1);
    }

    private static long proposal(SlashCommandInteraction event) {
        var option = event.getOption("proposal");
        if (option == null) {
            throw Refusal.invalid("Which proposal? Pick one in the proposal option.");
        }
        try {
            return option.getAsLong();
        } catch (NumberFormatException | IllegalStateException notANumber) {
            throw Refusal.invalid("\"" + option.getAsString() + "\" is not a proposal number; pick one from the "
                    + "list.");
        }
    }

    private static String text(SlashCommandInteraction event, String name) {
        var option = event.getOption(name);
        return option == null || option.getAsString().isBlank() ? null : option.getAsString().strip();
    }
}
