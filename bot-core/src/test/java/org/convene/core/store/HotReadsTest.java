package org.convene.core.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import org.convene.core.domain.Platform;
import org.convene.core.domain.SpaceRef;
import org.convene.core.testing.CoreKit;
import org.convene.core.usecase.Actor;
import org.convene.core.usecase.CreateGroupUseCase;
import org.junit.jupiter.api.AutoClose;
import org.junit.jupiter.api.Test;

class HotReadsTest {

    @AutoClose
    private final CoreKit kit = new CoreKit();

    @Test
    void aGroupReadComesFromTheCacheUntilItExpires() {
        Actor admin = kit.adminWithGroup("a11y", "Accessibility");
        assertThat(kit.groups.bySlug(admin.communityId(), "a11y")).isPresent();

        kit.jdbc.update("update meetup_group set name = 'Renamed elsewhere' where slug = 'a11y'");

        assertThat(kit.groups.bySlug(admin.communityId(), "a11y").orElseThrow().name()).isEqualTo("Accessibility");
        kit.ticker.advance(Duration.ofSeconds(31));
        assertThat(kit.groups.bySlug(admin.communityId(), "a11y").orElseThrow().name())
                .isEqualTo("Renamed elsewhere");
    }

    @Test
    void creatingAGroupInvalidatesAnEarlierMiss() {
        Actor admin = kit.admin();
        assertThat(kit.groups.bySlug(admin.communityId(), "a11y")).isEmpty();

        kit.createGroup.create(admin, new CreateGroupUseCase.Input("a11y", "Accessibility", ""));

        assertThat(kit.groups.bySlug(admin.communityId(), "a11y")).isPresent();
    }

    @Test
    void aRolledBackWriteLeavesNoStaleEntry() {
        Actor admin = kit.admin();
        try {
            kit.jdbc.inTransaction(() -> {
                kit.groups.create(admin.communityId(), "ghost", "Ghost", "", CoreKit.START);
                assertThat(kit.groups.bySlug(admin.communityId(), "ghost")).isPresent();
                throw new IllegalStateException("roll back");
            });
        } catch (IllegalStateException expected) {
            // the transaction rolled back
        }

        assertThat(kit.groups.bySlug(admin.communityId(), "ghost")).isEmpty();
    }

    @Test
    void joiningSpacesInvalidatesTheSpaceToCommunityEntries() {
        Actor first = kit.admin();
        Actor other = kit.person("other-space", "Olga", true);
        assertThat(kit.communities.bySpace(new SpaceRef(Platform.CONSOLE, "other-space"))).isPresent();

        kit.joinSpace.join(other, kit.issueLinkCode.issue(first,
                org.convene.core.domain.LinkCode.Purpose.SPACE).code());

        assertThat(kit.communities.bySpace(new SpaceRef(Platform.CONSOLE, "other-space")).orElseThrow().id())
                .isEqualTo(first.communityId());
    }
}
