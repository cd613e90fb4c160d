package org.convene.core.attendance;

import java.time.Duration;

/** How long a no-show counts against a member, unless a community admin sets another period. */
public final class NoShowExpiry {

    public static final int DEFAULT_DAYS = 180;
    public static final int MOST_DAYS = 3650;

    private NoShowExpiry() {
    }

    public static Duration of(int days) {
        return Duration.ofDays(days);
    }
}
