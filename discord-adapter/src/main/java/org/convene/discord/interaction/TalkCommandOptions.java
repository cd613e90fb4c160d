package org.convene.discord.interaction;

import java.util.StringJoiner;
import net.dv8tion.jda.api.interactions.commands.OptionMapping;
import net.dv8tion.jda.api.interactions.commands.OptionType;
import net.dv8tion.jda.api.interactions.commands.SlashCommandInteraction;
import net.dv8tion.jda.api.interactions.commands.build.OptionData;
import net.dv8tion.jda.api.interactions.commands.build.SubcommandData;
import net.dv8tion.jda.api.interactions.commands.build.SubcommandGroupData;
import org.convene.core.command.Command;
import org.convene.core.command.CommandParser;
import org.convene.core.domain.Refusal;

/**
 * {@code /meetup talk ...}: the subcommand group for calls for presenters, and how its typed options become the
 * core's commands. The slots option is read by the core's grammar, so it takes what {@code talk slots} takes.
 */
final class TalkCommandOptions {

    private TalkCommandOptions() {
    }

    static SubcommandGroupData group() {
        return new SubcommandGroupData("talk", "Calls for presenters: talk slots on an event").addSubcommands(
                new SubcommandData("slots", "Open talk slots on an event, or close them (organizers)").addOptions(
                        MeetupCommandDefinition.event(),
                        MeetupCommandDefinition.text("slots", "4x15m, the slots' names in quotes, or none")
                                .setRequired(true).setMaxLength(400),
                        MeetupCommandDefinition.text("from", "When the first slot starts, such as 18:15"),
                        MeetupCommandDefinition.text("length", "Length of each named slot, such as 20m"),
                        new OptionData(OptionType.BOOLEAN, "auto", "Accept offers without a decision")),
                new SubcommandData("offer", "Offer a talk for a slot (a form opens without a title)").addOptions(
                        MeetupCommandDefinition.event(),
                        MeetupCommandDefinition.text("title", "Your talk's title").setMaxLength(100),
                        MeetupCommandDefinition.text("description", "One line about it").setMaxLength(200),
                        new OptionData(OptionType.INTEGER, "slot", "The slot's number (the first open one if left out)")
                                .setRequiredRange(1, 99)),
                new SubcommandData("accept", "Accept a talk offer (organizers)").addOptions(offer()),
                new SubcommandData("decline", "Decline a talk offer (organizers)").addOptions(offer(),
                        MeetupCommandDefinition.text("reason", "Why; the presenter is told")),
                new SubcommandData("withdraw", "Withdraw your talk, or remove one (organizers)").addOptions(offer()),
                new SubcommandData("agenda", "An event's talk slots in order").addOptions(
                        MeetupCommandDefinition.event()));
    }

    /** Whether {@code /meetup talk offer} came without a title: then the form asks for it. */
    static boolean wantsForm(SlashCommandInteraction event) {
        return "talk".equals(event.getSubcommandGroup()) && "offer".equals(event.getSubcommandName())
                && event.getOption("title") == null;
    }

    static Command read(SlashCommandInteraction event, String name) {
        return switch (name) {
            case "slots" -> slots(event);
            case "offer" -> new Command.OfferTalk(number(event, "event"), event.getOption("slot") == null ? null
                    : (int) number(event, "slot"), text(event, "title"), text(event, "description"));
            case "accept" -> new Command.AcceptTalk(number(event, "offer"));
            case "decline" -> new Command.DeclineTalk(number(event, "offer"), text(event, "reason"));
            case "withdraw" -> new Command.WithdrawTalk(number(event, "offer"));
            case "agenda" -> new Command.ShowAgenda(number(event, "event"));
            default -> throw Refusal.invalid("I do not know /meetup talk " + name + "; type /meetup help talk.");
        };
    }

    private static Command slots(SlashCommandInteraction event) {
        StringJoiner text = new StringJoiner(" ").add("talk slots").add(Long.toString(number(event, "event")));
        String slots = text(event, "slots");
        text.add(slots == null ? "" : slots);
        for (String name : new String[] {"from", "length"}) {
            String value = text(event, name);
            if (value != null) {
                text.add(name + "=\"" + value.replace("\"", "") + "\"");
            }
        }
        OptionMapping auto = event.getOption("auto");
        if (auto != null) {
            text.add("auto=" + (auto.getAsBoolean() ? "yes" : "no"));
        }
        return CommandParser.plain().parse(text.toString());
    }

    private static OptionData offer() {
        return new OptionData(OptionType.INTEGER, "offer", "The talk offer's number", true).setMinValue(1);
    }

    private static long number(SlashCommandInteraction event, String name) {
        OptionMapping option = event.getOption(name);
        if (option == null) {
            throw Refusal.invalid("Missing the " + name + " option.");
        }
        try {
            return option.getAsLong();
        } catch (NumberFormatException | IllegalStateException notANumber) {
            throw Refusal.invalid("\"" + option.getAsString() + "\" is not a number; pick one from the list.");
        }
    }

    private static String text(SlashCommandInteraction event, String name) {
        OptionMapping option = event.getOption(name);
        return option == null || option.getAsString().isBlank() ? null : option.getAsString().strip();
    }
}
