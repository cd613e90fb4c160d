package org.convene.core.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.Optional;
import org.convene.core.domain.Identity;
import org.convene.core.domain.Member;
import org.convene.core.domain.Platform;
import org.convene.core.testing.CoreKit;
import org.convene.core.testing.ManualTicker;
import org.convene.core.usecase.Actor;
import org.junit.jupiter.api.AutoClose;
import org.junit.jupiter.api.Test;

/** The member behind an identity comes from the cache, and every write of members is seen by the next read. */
class CachingMemberRepositoryTest {

    private static final Identity GRACE = new Identity(Platform.CONSOLE, "grace");

    @AutoClose
    private final CoreKit kit = new CoreKit();

    @Test
    void aKnownMembersNextCommandReadsNoStatementToFindThem() {
        Actor first = kit.member("Grace");
        kit.member("Grace");
        long before = kit.statements.statements();

        Actor again = kit.member("Grace");

        assertThat(again.member()).isEqualTo(first.member());
        assertThat(kit.statements.statements() - before).isZero();
    }

    @Test
    void makingAMemberAnAdminIsSeenByTheirNextCommand() {
        Actor grace = kit.member("Grace");
        assertThat(grace.admin()).isFalse();

        kit.members.setAdmin(grace.member().id(), true);

        assertThat(kit.member("Grace").admin()).isTrue();
    }

    @Test
    void aNewNameIsKeptAndServedToTheNextCommand() {
        Actor grace = kit.member("Grace");

        kit.person("library-council", "grace", false);

        assertThat(kit.members.byIdentity(grace.communityId(), GRACE).orElseThrow().displayName()).isEqualTo("grace");
    }

    @Test
    void anIdentitySeenBeforeItsMemberExistedFindsThemOnceAdded() {
        Actor admin = kit.admin();
        Identity newcomer = new Identity(Platform.SLACK, "U0NEW");
        assertThat(kit.members.byIdentity(admin.communityId(), newcomer)).isEmpty();

        kit.members.addIdentity(admin.communityId(), newcomer, admin.member().id());

        assertThat(kit.members.byIdentity(admin.communityId(), newcomer)).map(Member::id)
                .contains(admin.member().id());
    }

    @Test
    void aReadOvertakenByAWriteDoesNotPutBackWhatItLoadedBefore() {
        Actor grace = kit.member("Grace");
        HotReads reads = new HotReads(new ManualTicker(), 100, Duration.ofSeconds(30), Runnable::run);
        HotReads.MemberKey key = new HotReads.MemberKey(grace.communityId(), GRACE);

        Optional<Member> loaded = reads.read(reads.members(), key, ignored -> {
            Optional<Member> before = kit.members.byIdentity(grace.communityId(), GRACE);
            reads.invalidateAll();
            return before;
        }, kit.jdbc);

        assertThat(loaded).isPresent();
        assertThat(reads.members().getIfPresent(key)).isNull();
    }

    @Test
    void entriesExpireSoAWriteMissedElsewhereIsSeenInTime() {
        Actor grace = kit.member("Grace");
        assertThat(kit.member("Grace").admin()).isFalse();
        kit.jdbc.update("update member set admin = true where id = ?", grace.member().id());
        assertThat(kit.member("Grace").admin()).isFalse();

        kit.ticker.advance(Duration.ofSeconds(31));

        assertThat(kit.member("Grace").admin()).isTrue();
    }
}
