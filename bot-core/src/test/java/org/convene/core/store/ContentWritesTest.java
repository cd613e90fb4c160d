package org.convene.core.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import org.convene.core.domain.Answer;
import org.convene.core.domain.Group;
import org.convene.core.testing.CoreKit;
import org.convene.core.testing.Events;
import org.convene.core.testing.ManualTicker;
import org.convene.core.usecase.Actor;
import org.convene.core.usecase.CreateGroupUseCase;
import org.convene.core.usecase.RsvpUseCase;
import org.junit.jupiter.api.AutoClose;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * A write of events or answers clears what pages show and leaves the cached communities and groups alone; it tells
 * the other instances once it commits, one notification at a time however many commits come meanwhile.
 */
class ContentWritesTest {

    private final List<Runnable> announcements = new ArrayList<>();
    private final AtomicInteger pageClears = new AtomicInteger();
    @AutoClose
    private final CoreKit kit = new CoreKit();
    private HotReads reads;

    @BeforeEach
    void setUp() {
        reads = new HotReads(new ManualTicker(), 100, Duration.ofSeconds(30), announcements::add);
        reads.alsoClear(pageClears::incrementAndGet);
    }

    @Test
    void anAnswerKeepsTheCachedGroupsAndCommunitiesAndClearsThePages() {
        Actor admin = kit.admin();
        Group group = kit.createGroup.create(admin, new CreateGroupUseCase.Input("bookclub", "Book Club", ""));
        long event = kit.postEvent.post(admin, Events.capped("bookclub", CoreKit.START.plus(Duration.ofDays(9)), 20,
                0)).event().id();
        Actor ada = kit.member("Ada");
        String communityName = kit.communities.byId(admin.communityId()).orElseThrow().name();
        assertThat(kit.groups.byId(group.id())).isPresent();
        kit.jdbc.update("update meetup_group set name = 'Renamed elsewhere' where id = ?", group.id());
        kit.jdbc.update("update community set name = 'Renamed too' where id = ?", admin.communityId());
        AtomicInteger kitPageClears = new AtomicInteger();
        kit.hotReads.alsoClear(kitPageClears::incrementAndGet);

        kit.rsvp.rsvp(ada, new RsvpUseCase.Input(event, Answer.GOING, 0));

        assertThat(kit.groups.byId(group.id()).orElseThrow().name()).isEqualTo("Book Club");
        assertThat(kit.communities.byId(admin.communityId()).orElseThrow().name()).isEqualTo(communityName);
        assertThat(kitPageClears.get()).isPositive();
    }

    @Test
    void aWriteIsAnnouncedOnlyOnceItHasCommitted() {
        kit.jdbc.inTransaction(() -> {
            reads.contentChangedOnWrite(kit.jdbc);
            assertThat(announcements).isEmpty();
            return null;
        });

        assertThat(announcements).hasSize(1);
        assertThat(pageClears.get()).as("cleared at the write and at its end").isEqualTo(2);
    }

    @Test
    void aRolledBackWriteAnnouncesNothing() {
        assertThatThrownBy(() -> kit.jdbc.inTransaction(() -> {
            reads.contentChangedOnWrite(kit.jdbc);
            throw new IllegalStateException("roll back");
        })).hasMessage("roll back");

        assertThat(announcements).isEmpty();
        assertThat(pageClears.get()).isEqualTo(2);
    }

    @Test
    void commitsMadeWhileAnAnnouncementWaitsShareIt() {
        for (int commit = 0; commit < 3; commit++) {
            kit.jdbc.inTransaction(() -> {
                reads.contentChangedOnWrite(kit.jdbc);
                return null;
            });
        }
        assertThat(announcements).hasSize(1);

        announcements.getFirst().run();
        kit.jdbc.inTransaction(() -> {
            reads.contentChangedOnWrite(kit.jdbc);
            return null;
        });

        assertThat(announcements).as("a commit after the announcement went out needs one of its own").hasSize(2);
    }
}
