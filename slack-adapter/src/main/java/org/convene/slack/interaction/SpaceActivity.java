package org.convene.slack.interaction;

import static java.util.Objects.requireNonNull;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import java.time.Duration;
import org.convene.core.domain.SpaceRef;
import org.convene.core.usecase.SpaceLifecycleUseCase;

/**
 * Tells the core that the app is in use in a workspace, so a workspace that had removed it gets messages again; asks
 * at most once a minute per workspace, not on every click.
 */
public final class SpaceActivity {

    static final Duration RECHECK = Duration.ofMinutes(1);

    private final SpaceLifecycleUseCase lifecycle;
    private final Cache<SpaceRef, Boolean> recent = Caffeine.newBuilder().expireAfterWrite(RECHECK)
            .maximumSize(10_000).build();

    public SpaceActivity(SpaceLifecycleUseCase lifecycle) {
        this.lifecycle = requireNonNull(lifecycle, "lifecycle");
    }

    /** The app was just used in the space. */
    public void used(SpaceRef space) {
        recent.get(space, key -> {
            lifecycle.used(key);
            return Boolean.TRUE;
        });
    }

    /** The app was removed from the space: the next use marks it active again at once. */
    public void removed(SpaceRef space) {
        lifecycle.removed(space);
        recent.invalidate(space);
    }
}
