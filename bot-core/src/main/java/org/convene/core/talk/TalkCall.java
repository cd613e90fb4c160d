package org.convene.core.talk;

import java.util.List;

/** An event's open call for presenters: its slots in order, and whether offers are accepted without a decision. */
public record TalkCall(long eventId, boolean autoAccept, List<TalkSlot> slots) {

    public TalkCall {
        slots = List.copyOf(slots);
    }
}
