package org.convene.discord.interaction;

import java.util.ArrayList;
import java.util.List;
import net.dv8tion.jda.api.interactions.commands.OptionType;
import net.dv8tion.jda.api.interactions.commands.build.OptionData;

/** The event fields {@code post} and {@code edit} take as options, all text the core reads in the community's zone. */
final class EventOptionsDefinition {

    private EventOptionsDefinition() {
    }

    static List<OptionData> forPost() {
        List<OptionData> options = new ArrayList<>();
        options.add(MeetupCommandDefinition.text("title", "The event's title").setMaxLength(100));
        options.add(MeetupCommandDefinition.text("when", "Start, such as 2026-12-03 18:00 or next thursday 6pm"));
        options.addAll(shared());
        options.add(new OptionData(OptionType.INTEGER, "capacity", "Seats, if limited").setMinValue(1));
        options.add(MeetupCommandDefinition.text("repeat", "Repeat the event")
                .addChoice("weekly", "weekly").addChoice("every other week", "biweekly")
                .addChoice("monthly", "monthly"));
        return options;
    }

    static List<OptionData> forEdit() {
        List<OptionData> options = new ArrayList<>();
        options.add(MeetupCommandDefinition.text("title", "A new title").setMaxLength(100));
        options.add(MeetupCommandDefinition.text("when", "A new start, such as Dec 10 6pm"));
        options.addAll(shared());
        options.add(MeetupCommandDefinition.text("capacity", "Seats, or none for no limit"));
        options.add(new OptionData(OptionType.BOOLEAN, "series", "Also change every later event of its series"));
        return options;
    }

    private static List<OptionData> shared() {
        return List.of(
                MeetupCommandDefinition.text("duration", "How long, such as 2h or 90m"),
                MeetupCommandDefinition.text("end", "End time, instead of a duration"),
                MeetupCommandDefinition.text("where", "The venue"),
                MeetupCommandDefinition.text("online", "The public online address"),
                MeetupCommandDefinition.text("link", "Private video link, shown to confirmed attendees"),
                new OptionData(OptionType.INTEGER, "guests", "Guests each member may bring").setRequiredRange(0, 20),
                MeetupCommandDefinition.text("deadline", "RSVP deadline"),
                MeetupCommandDefinition.text("description", "What it is about").setMaxLength(4000));
    }
}
