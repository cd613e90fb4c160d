package org.convene.feeds;

import java.util.function.Function;
import org.convene.core.programme.CalendarWindow;
import org.convene.core.programme.PublicAddresses;

/**
 * The feeds' calendar writer for other web adapters: writes any calendar window, such as one event alone for an
 * "Add to calendar" file, exactly as the public feeds write it (same UID, SEQUENCE and STATUS).
 */
public final class EventCalendars implements Function<CalendarWindow, String> {

    private final CalendarWriter writer;

    public EventCalendars(PublicAddresses addresses) {
        this.writer = new CalendarWriter(addresses);
    }

    @Override
    public String apply(CalendarWindow window) {
        return writer.write(window);
    }
}
