package org.convene.core.store;

import static org.assertj.core.api.Assertions.assertThat;

import com.github.benmanes.caffeine.cache.Ticker;
import java.time.Duration;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.convene.core.domain.Answer;
import org.convene.core.domain.Identity;
import org.convene.core.domain.Platform;
import org.convene.core.testing.CoreKit;
import org.convene.core.testing.Events;
import org.convene.core.usecase.Actor;
import org.convene.core.usecase.CreateGroupUseCase;
import org.convene.core.usecase.RsvpUseCase;
import org.junit.jupiter.api.Test;

/**
 * Two instances on one database: a group created on one is seen on the other at once, whatever it had cached; an
 * answer on one clears the other's page caches and leaves its cached groups alone.
 */
class CacheInvalidationsTest {

    @Test
    void aWriteOnOneInstanceClearsTheOtherInstancesCache() throws Exception {
        try (CoreKit first = new CoreKit()) {
            Jdbc otherJdbc = new Jdbc(first.database.dataSource());
            HotReads otherCache = new HotReads(Ticker.systemTicker(), 100, Duration.ofDays(1));
            CachingGroupRepository otherGroups = new CachingGroupRepository(new JdbcGroupRepository(otherJdbc),
                    otherCache, otherJdbc);
            Actor admin = first.admin();
            CountDownLatch invalidated = new CountDownLatch(1);
            try (CacheInvalidations invalidations = CacheInvalidations.listen(first.database.dataSource(),
                    otherCache, invalidated::countDown)) {
                assertThat(invalidations.awaitListening(Duration.ofSeconds(20))).isTrue();
                assertThat(otherGroups.bySlug(admin.communityId(), "a11y")).isEmpty();

                first.createGroup.create(admin, new CreateGroupUseCase.Input("a11y", "Accessibility", ""));

                assertThat(invalidated.await(20, TimeUnit.SECONDS)).isTrue();
                assertThat(otherGroups.bySlug(admin.communityId(), "a11y")).isPresent();
            }
        }
    }

    @Test
    void anAnswerOnOneInstanceClearsOnlyTheOtherInstancesPages() throws Exception {
        try (CoreKit first = new CoreKit()) {
            Actor admin = first.admin();
            first.createGroup.create(admin, new CreateGroupUseCase.Input("bookclub", "Book Club", ""));
            long event = first.postEvent.post(admin, Events.capped("bookclub", CoreKit.START.plusSeconds(86_400 * 9),
                    20, 0)).event().id();
            Actor ada = first.member("Ada");
            Jdbc otherJdbc = new Jdbc(first.database.dataSource());
            HotReads otherCache = new HotReads(Ticker.systemTicker(), 100, Duration.ofDays(1));
            CountDownLatch pagesCleared = new CountDownLatch(1);
            CachingGroupRepository otherGroups = new CachingGroupRepository(new JdbcGroupRepository(otherJdbc),
                    otherCache, otherJdbc);
            try (CacheInvalidations invalidations = CacheInvalidations.listen(first.database.dataSource(),
                    otherCache)) {
                assertThat(invalidations.awaitListening(Duration.ofSeconds(20))).isTrue();
                assertThat(otherGroups.bySlug(admin.communityId(), "bookclub")).isPresent();
                first.jdbc.update("update meetup_group set name = 'Renamed elsewhere' where slug = 'bookclub'");
                otherCache.alsoClear(pagesCleared::countDown);

                first.rsvp.rsvp(ada, new RsvpUseCase.Input(event, Answer.GOING, 0));

                assertThat(pagesCleared.await(20, TimeUnit.SECONDS)).isTrue();
                assertThat(otherGroups.bySlug(admin.communityId(), "bookclub").orElseThrow().name())
                        .isEqualTo("Book Club");
            }
        }
    }

    @Test
    void aNewMemberOnOneInstanceClearsOnlyTheOtherInstancesMembersAndPages() throws Exception {
        try (CoreKit first = new CoreKit()) {
            Actor admin = first.adminWithGroup("bookclub", "Book Club");
            Jdbc otherJdbc = new Jdbc(first.database.dataSource());
            HotReads otherCache = new HotReads(Ticker.systemTicker(), 100, Duration.ofDays(1));
            CountDownLatch pagesCleared = new CountDownLatch(1);
            CachingGroupRepository otherGroups = new CachingGroupRepository(new JdbcGroupRepository(otherJdbc),
                    otherCache, otherJdbc);
            CachingMemberRepository otherMembers = new CachingMemberRepository(new JdbcMemberRepository(otherJdbc),
                    otherCache, otherJdbc);
            Identity grace = new Identity(Platform.CONSOLE, "grace");
            try (CacheInvalidations invalidations = CacheInvalidations.listen(first.database.dataSource(),
                    otherCache)) {
                assertThat(invalidations.awaitListening(Duration.ofSeconds(20))).isTrue();
                assertThat(otherGroups.bySlug(admin.communityId(), "bookclub")).isPresent();
                assertThat(otherMembers.byIdentity(admin.communityId(), grace)).isEmpty();
                first.jdbc.update("update meetup_group set name = 'Renamed elsewhere' where slug = 'bookclub'");
                otherCache.alsoClear(pagesCleared::countDown);

                first.member("Grace");

                assertThat(pagesCleared.await(20, TimeUnit.SECONDS)).isTrue();
                assertThat(otherMembers.byIdentity(admin.communityId(), grace)).isPresent();
                assertThat(otherGroups.bySlug(admin.communityId(), "bookclub").orElseThrow().name())
                        .isEqualTo("Book Club");
            }
        }
    }
}
