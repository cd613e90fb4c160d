package org.convene.core.domain;

/** Where an RSVP stands: holding seats, waiting for them, or needing none (maybe, not going). */
public enum RsvpState {
    CONFIRMED,
    WAITLISTED,
    NONE
}
