package org.convene.core.testing;

import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;

/**
 * The one promise a lease rests on, kept on a test clock that several threads move: from a worker's last renewal of
 * a message to its mark, no more than {@code longestSend} passes. A thread that would move the clock further waits
 * until that send is marked, as a real clock would have waited for the send's timeout. Between sends the clock moves
 * freely, so leases on the rest of a batch really lapse.
 */
public final class SendWindows {

    private final MutableClock clock;
    private final Duration longestSend;
    private final Map<Thread, Instant> open = new ConcurrentHashMap<>();

    public SendWindows(MutableClock clock, Duration longestSend) {
        this.clock = clock;
        this.longestSend = longestSend;
    }

    void opened() {
        open.put(Thread.currentThread(), clock.instant());
    }

    synchronized void closed() {
        if (open.remove(Thread.currentThread()) != null) {
            notifyAll();
        }
    }

    /**
     * Moves the clock to {@code duration} after the calling thread's send began (after now, outside a send), unless
     * it is later already, once no other thread's send would outlast its bound. Two sends never wait on each other:
     * each moves the clock less than the bound past its own start, so only the later one can wait.
     */
    public synchronized void advanceBy(Duration duration) {
        Instant target = open.getOrDefault(Thread.currentThread(), clock.instant()).plus(duration);
        try {
            while (overruns(target)) {
                TimeUnit.MILLISECONDS.timedWait(this, 10);
            }
        } catch (InterruptedException interrupted) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while waiting for a send to finish", interrupted);
        }
        clock.advanceTo(target);
    }

    private boolean overruns(Instant target) {
        return open.entrySet().stream().anyMatch(window -> window.getKey() != Thread.currentThread()
                && target.isAfter(window.getValue().plus(longestSend)));
    }
}
