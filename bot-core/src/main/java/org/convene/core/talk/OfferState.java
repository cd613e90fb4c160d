package org.convene.core.talk;

/** Where a talk offer stands: waiting for the organizers, given its slot, turned down, or taken back. */
public enum OfferState {
    PENDING,
    ACCEPTED,
    DECLINED,
    WITHDRAWN;

    /** Whether the offer still asks for or holds its slot. */
    public boolean open() {
        return this == PENDING || this == ACCEPTED;
    }
}
