package org.convene.core.usecase;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.convene.core.domain.Event;
import org.convene.core.domain.Group;
import org.convene.core.testing.CoreKit;
import org.convene.core.testing.Events;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Searching events and groups by what someone is typing, beyond the first page of upcoming events. */
class SearchUseCasesTest {

    private final CoreKit kit = new CoreKit();
    private Actor admin;
    private final List<Event> posted = new ArrayList<>();

    @BeforeEach
    void setUp() {
        admin = kit.adminWithGroup("code4libnyc", "Code4Lib NYC");
        kit.createGroup.create(admin, new CreateGroupUseCase.Input("bookclub", "Readers of 100% Fiction", ""));
        Instant start = kit.clock.instant().plus(Duration.ofDays(1));
        for (int index = 0; index < 30; index++) {
            PostEventUseCase.Input input = Events.capped(index < 29 ? "code4libnyc" : "bookclub",
                    start.plus(Duration.ofDays(index)), 25, 0);
            posted.add(kit.postEvent.post(admin, new PostEventUseCase.Input(input.groupSlug(),
                    index == 27 ? "Lightning talks: Linked Data" : "Hack night " + index, input.description(),
                    input.startsAt(), input.endsAt(), input.zone(), input.venue(), input.onlineUrl(),
                    input.privateLink(), input.capacity(), input.guestLimit(), input.rsvpDeadline(),
                    input.recurrence())).event());
        }
    }

    @AfterEach
    void tearDown() {
        kit.close();
    }

    private List<String> titles(String typed) {
        return kit.listEvents.search(kit.member("Grace"), typed, 25).stream().map(Event::title).toList();
    }

    @Test
    void eventsAreFoundByTitleWordsInAnyOrderBeyondTheFirstPage() {
        assertThat(titles("data LIGHTNING")).containsExactly("Lightning talks: Linked Data");
        assertThat(titles("lightning hack")).isEmpty();
    }

    @Test
    void eventsAreFoundByTheirGroupsSlugOrName() {
        assertThat(titles("bookclub")).containsExactly("Hack night 29");
        assertThat(titles("100% fiction")).containsExactly("Hack night 29");
        assertThat(titles("1_0")).isEmpty();
    }

    @Test
    void eventsAreFoundByTheStartOfTheirIdWithOrWithoutHash() {
        long id = posted.get(27).id();
        assertThat(kit.listEvents.search(admin, "#" + id, 25)).extracting(Event::id).containsExactly(id);
        String firstDigit = String.valueOf(id).substring(0, 1);
        assertThat(kit.listEvents.search(admin, "#" + firstDigit, 25)).extracting(Event::id).isNotEmpty()
                .allMatch(found -> String.valueOf(found).startsWith(firstDigit));
        assertThat(kit.listEvents.search(admin, String.valueOf(id), 25)).extracting(Event::id).contains(id);
    }

    @Test
    void nothingTypedGivesTheSoonestUpToTheLimit() {
        assertThat(titles("")).hasSize(25).startsWith("Hack night 0", "Hack night 1");
    }

    @Test
    void groupsAreFoundBySlugOrNameWords() {
        assertThat(kit.listGroups.search(admin, "fiction readers", 25)).extracting(Group::slug)
                .containsExactly("bookclub");
        assertThat(kit.listGroups.search(admin, "NYC", 25)).extracting(Group::slug).containsExactly("code4libnyc");
        assertThat(kit.listGroups.search(admin, "", 25)).hasSize(2);
    }
}
