package org.convene.web.page;

import static java.util.Objects.requireNonNull;

import java.util.List;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Stream;
import org.convene.core.domain.ChannelRef;
import org.convene.core.programme.CalendarWindow;
import org.convene.core.programme.CommunityProgramme;
import org.convene.core.programme.EventListing;
import org.convene.core.programme.GroupProgramme;
import org.convene.core.programme.PublicCommunity;
import org.convene.core.programme.PublicEvent;
import org.convene.core.programme.PublicGroup;
import org.convene.core.programme.PublicProgramme;

/**
 * The pages' views read from the core's public programme, which already leaves out private links, unlisted names
 * and private communities; "Add to calendar" is the calendar writer's file of the one event.
 */
public final class ProgrammePageSource implements PageSource {

    private final PublicProgramme programme;
    private final Function<CalendarWindow, String> calendarWriter;

    /** @param calendarWriter writes a calendar window as an iCalendar file (the feeds' writer) */
    public ProgrammePageSource(PublicProgramme programme, Function<CalendarWindow, String> calendarWriter) {
        this.programme = requireNonNull(programme, "programme");
        this.calendarWriter = requireNonNull(calendarWriter, "calendarWriter");
    }

    @Override
    public Optional<CommunityView> community(String communityKey) {
        return programme.community(communityKey).map(ProgrammePageSource::view);
    }

    @Override
    public Optional<GroupView> group(String communityKey, String groupSlug) {
        return programme.group(communityKey, groupSlug).map(page -> new GroupView(heading(page.community()),
                page.group().slug(), page.group().name(), page.group().description(), page.group().organizers(),
                page.group().memberCount(), summaries(page.upcoming()), summaries(page.past())));
    }

    @Override
    public Optional<EventView> event(String communityKey, long eventId) {
        return programme.event(communityKey, eventId).map(page -> {
            PublicEvent event = page.event();
            return new EventView(heading(page.community()), event.groupSlug(), event.groupName(), event.id(), event.title(),
                    event.description(), event.startsAt(), event.endsAt(), event.venue(), event.online(),
                    event.seatsLeft(), event.waitlistLength(), page.listing().organizers(),
                    event.seriesId().map(series -> "One of a recurring series"), event.cancelled(),
                    event.cancelReason(), places(page.listing().answerIn()));
        });
    }

    @Override
    public Optional<String> eventCalendar(String communityKey, long eventId) {
        return programme.event(communityKey, eventId).map(page -> calendarWriter.apply(
                new CalendarWindow(page.community(), Optional.of(page.group()), List.of(page.listing()))));
    }

    /** The community as a group's or an event's page names it: key, name and zone, without reading its lists. */
    private static CommunityView heading(PublicCommunity community) {
        return new CommunityView(community.key(), community.name(), community.zone(), List.of(), List.of());
    }

    private static CommunityView view(CommunityProgramme page) {
        PublicCommunity community = page.community();
        List<GroupSummary> groups = page.groups().stream().map(overview -> {
            PublicGroup group = overview.group();
            return new GroupSummary(group.slug(), group.name(), group.description(), group.organizers(),
                    group.memberCount(), overview.next().map(ProgrammePageSource::summary));
        }).toList();
        return new CommunityView(community.key(), community.name(), community.zone(), groups,
                page.upcoming().stream().map(EventListing::event).map(ProgrammePageSource::summary).toList());
    }

    private static List<EventSummary> summaries(List<PublicEvent> events) {
        return events.stream().map(ProgrammePageSource::summary).toList();
    }

    private static EventSummary summary(PublicEvent event) {
        return new EventSummary(event.id(), event.title(), event.startsAt(), event.groupName(), event.cancelled());
    }

    /** "Answer in" links for the channels the group announces in; an id of an unexpected shape is left out. */
    private static List<ChatPlace> places(List<ChannelRef> channels) {
        return channels.stream().flatMap(channel -> {
            try {
                return switch (channel.platform()) {
                    case DISCORD -> Stream.of(ChatPlace.discord(channel.spaceId(), channel.channelId()));
                    case SLACK -> Stream.of(ChatPlace.slack(channel.spaceId(), channel.channelId()));
                    case CONSOLE -> Stream.<ChatPlace>empty();
                };
            } catch (IllegalArgumentException unexpected) {
                return Stream.empty();
            }
        }).distinct().toList();
    }
}
