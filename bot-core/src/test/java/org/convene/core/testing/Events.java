package org.convene.core.testing;

import java.time.Duration;
import java.time.Instant;
import org.convene.core.domain.Recurrence;
import org.convene.core.usecase.PostEventUseCase;

/** Ready-made event inputs for tests. */
public final class Events {

    private Events() {
    }

    public static PostEventUseCase.Input capped(String group, Instant start, Integer capacity, int guests) {
        return new PostEventUseCase.Input(group, "Book club", "We read The Overstory.", start,
                start.plus(Duration.ofHours(2)), CoreKit.NEW_YORK, "Room 4", null,
                "https://video.example.org/secret-room", capacity, guests, null, null);
    }

    public static PostEventUseCase.Input repeating(String group, Instant start, Recurrence recurrence) {
        return new PostEventUseCase.Input(group, "Community chat", "", start, start.plus(Duration.ofHours(1)),
                CoreKit.NEW_YORK, null, "https://video.example.org/chat", null, null, 0, null, recurrence);
    }
}
