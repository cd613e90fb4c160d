package org.convene.core.domain;

/** Whether an event still happens. */
public enum EventStatus {
    SCHEDULED,
    CANCELLED
}
