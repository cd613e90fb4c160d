package org.convene.http;

import static java.util.Objects.requireNonNull;

import java.time.Duration;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.eclipse.jetty.http.HttpFields;
import org.eclipse.jetty.io.Connection;
import org.eclipse.jetty.server.HttpConfiguration;
import org.eclipse.jetty.server.Request;
import org.eclipse.jetty.util.thread.Scheduler;

/**
 * Closes a new connection that has not sent complete request headers within the read timeout, however slowly it
 * trickles bytes (the idle timeout alone would let a byte a second keep it open for ever); and when the open
 * connections reach the cap, closes the one that has waited longest for its headers, so that strangers who open
 * connections and say nothing cannot hold every slot while a real request waits.
 */
final class HeaderReadDeadline implements Connection.Listener, HttpConfiguration.Customizer {

    private final Scheduler scheduler;
    private final Duration timeout;
    private final int maxConnections;
    private final Map<Connection, Scheduler.Task> waiting = new LinkedHashMap<>();
    private int open;

    HeaderReadDeadline(Scheduler scheduler, Duration timeout, int maxConnections) {
        this.scheduler = requireNonNull(scheduler, "scheduler");
        this.timeout = requireNonNull(timeout, "timeout");
        this.maxConnections = maxConnections;
    }

    @Override
    public void onOpened(Connection connection) {
        Scheduler.Task deadline = scheduler.schedule(() -> expire(connection), timeout.toMillis(),
                TimeUnit.MILLISECONDS);
        Connection longestWaiting = null;
        synchronized (this) {
            open++;
            if (open >= maxConnections && !waiting.isEmpty()) {
                Iterator<Map.Entry<Connection, Scheduler.Task>> oldest = waiting.entrySet().iterator();
                Map.Entry<Connection, Scheduler.Task> entry = oldest.next();
                oldest.remove();
                entry.getValue().cancel();
                longestWaiting = entry.getKey();
            }
            waiting.put(connection, deadline);
        }
        if (longestWaiting != null) {
            longestWaiting.getEndPoint().close();
        }
    }

    @Override
    public void onClosed(Connection connection) {
        synchronized (this) {
            open--;
        }
        headersRead(connection);
    }

    /** Called once a request's headers are complete: the connection has met its deadline. */
    @Override
    public Request customize(Request request, HttpFields.Mutable responseHeaders) {
        headersRead(request.getConnectionMetaData().getConnection());
        return request;
    }

    private void headersRead(Connection connection) {
        Scheduler.Task deadline;
        synchronized (this) {
            deadline = waiting.remove(connection);
        }
        if (deadline != null) {
            deadline.cancel();
        }
    }

    private void expire(Connection connection) {
        boolean stillWaiting;
        synchronized (this) {
            stillWaiting = waiting.remove(connection) != null;
        }
        if (stillWaiting) {
            connection.getEndPoint().close();
        }
    }
}
