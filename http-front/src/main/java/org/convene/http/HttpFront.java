package org.convene.http;

import static java.util.Objects.requireNonNull;

import java.io.IOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import org.eclipse.jetty.server.HttpConfiguration;
import org.eclipse.jetty.server.HttpConnectionFactory;
import org.eclipse.jetty.server.NetworkConnectionLimit;
import org.eclipse.jetty.server.Server;
import org.eclipse.jetty.server.ServerConnector;
import org.eclipse.jetty.server.handler.QoSHandler;
import org.eclipse.jetty.server.handler.SizeLimitHandler;
import org.eclipse.jetty.util.thread.QueuedThreadPool;
import org.eclipse.jetty.util.thread.ScheduledExecutorScheduler;
import org.eclipse.jetty.util.VirtualThreads;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The one public HTTP server of an instance, on Jetty: each path is one {@link Route}, and every limit in
 * {@link HttpLimits} holds before a route runs: body size, header and body read time, open connections (at the cap,
 * the connection that has waited longest for its headers is closed) and requests handled at once.
 */
public final class HttpFront implements AutoCloseable {

    private static final Logger log = LoggerFactory.getLogger(HttpFront.class);

    private final HttpFrontConfig config;
    private final Map<String, RouteHandler.Mount> mounts = new LinkedHashMap<>();
    private final List<RouteHandler.PatternMount> patternMounts = new ArrayList<>();
    private Server server;
    private ServerConnector connector;
    private RequestGate gate;

    public HttpFront(HttpFrontConfig config) {
        this.config = requireNonNull(config, "config");
    }

    /**
     * Serves a path (exactly, without its query) with a route for the given methods; before {@link #start()} only.
     */
    public synchronized HttpFront route(String path, Set<String> methods, Route route) {
        if (server != null) {
            throw new IllegalStateException("routes are fixed once the HTTP front is started");
        }
        if (!path.startsWith("/") || mounts.containsKey(path) || methods.isEmpty()) {
            throw new IllegalArgumentException("a route needs a new path starting with / and a method, was " + path);
        }
        mounts.put(path, new RouteHandler.Mount(Set.copyOf(methods), requireNonNull(route, "route")));
        return this;
    }

    /**
     * Serves every path (without its query) that matches the pattern as a whole, such as {@code /c/[a-z0-9]+}, with
     * a route for the given methods; exact paths are tried first, then patterns in the order they were added.
     * Before {@link #start()} only.
     */
    public synchronized HttpFront routeMatching(Pattern paths, Set<String> methods, Route route) {
        if (server != null) {
            throw new IllegalStateException("routes are fixed once the HTTP front is started");
        }
        if (methods.isEmpty()) {
            throw new IllegalArgumentException("a route needs a method, was none for " + paths);
        }
        patternMounts.add(new RouteHandler.PatternMount(requireNonNull(paths, "paths"),
                new RouteHandler.Mount(Set.copyOf(methods), requireNonNull(route, "route"))));
        return this;
    }

    /**
     * Listens on the configured address.
     *
     * @throws IOException if the address cannot be bound
     */
    public synchronized void start() throws IOException {
        if (server != null) {
            throw new IllegalStateException("the HTTP front is already started");
        }
        HttpLimits limits = config.limits();
        QueuedThreadPool threads = new QueuedThreadPool();
        threads.setName("http-front");
        threads.setVirtualThreadsExecutor(VirtualThreads.getNamedVirtualThreadsExecutor("http-front-request"));
        Server created = new Server(threads);
        ScheduledExecutorScheduler scheduler = new ScheduledExecutorScheduler("http-front-deadlines", true);
        created.addBean(scheduler);
        HeaderReadDeadline deadline = new HeaderReadDeadline(scheduler, limits.readTimeout(), limits.maxConnections());
        HttpConfiguration http = new HttpConfiguration();
        http.setSendServerVersion(false);
        http.setIdleTimeout(limits.idleTimeout().toMillis());
        http.addCustomizer(deadline);
        ServerConnector listening = new ServerConnector(created, new HttpConnectionFactory(http));
        listening.setHost(config.host());
        listening.setPort(config.port());
        listening.setIdleTimeout(limits.idleTimeout().toMillis());
        listening.setAcceptQueueSize(Math.max(limits.maxConnections(), 128));
        listening.addEventListener(deadline);
        created.addConnector(listening);
        NetworkConnectionLimit connections = new NetworkConnectionLimit(limits.maxConnections(), created);
        created.addBean(connections);
        RequestGate createdGate = new RequestGate();
        QoSHandler admission = new QoSHandler(new RouteHandler(mounts, patternMounts, limits, createdGate));
        admission.setMaxRequestCount(limits.maxConcurrentRequests());
        admission.setMaxSuspendedRequestCount(limits.maxConnections());
        admission.setMaxSuspend(limits.readTimeout());
        SizeLimitHandler sizeLimit = new SizeLimitHandler(limits.maxBodyBytes(), -1);
        sizeLimit.setHandler(admission);
        created.setHandler(sizeLimit);
        created.setStopTimeout(config.stopTimeout().toMillis());
        try {
            created.start();
        } catch (IOException e) {
            stopQuietly(created);
            throw e;
        } catch (Exception e) {
            stopQuietly(created);
            throw new IOException("the HTTP front could not start on " + config.host() + ":" + config.port(), e);
        }
        server = created;
        connector = listening;
        gate = createdGate;
        log.info("HTTP front listening on {}:{} ({})", config.host(), port(), String.join(", ", mounts.keySet()));
    }

    /** The port bound, the ephemeral one if the configuration said 0. */
    public synchronized int port() {
        if (server == null) {
            throw new IllegalStateException("the HTTP front is not started");
        }
        return connector.getLocalPort();
    }

    /** Whether the front is listening. */
    public synchronized boolean isRunning() {
        return server != null;
    }

    /**
     * Turns new requests away with 503, waits up to the stop timeout for the requests in flight to be answered, then
     * closes the listener. Does nothing if not started.
     */
    public synchronized void stop() {
        if (server == null) {
            return;
        }
        try {
            if (!gate.closeAndAwait(config.stopTimeout())) {
                log.warn("Stopping the HTTP front with {} requests still in flight after {}", gate.inFlight(),
                        config.stopTimeout());
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } finally {
            stopQuietly(server);
            server = null;
            connector = null;
            gate = null;
            log.info("HTTP front stopped");
        }
    }

    @Override
    public void close() {
        stop();
    }

    private static void stopQuietly(Server server) {
        try {
            server.stop();
        } catch (Exception e) {
            log.warn("The HTTP front did not stop cleanly: {}", e.getClass().getSimpleName());
        }
    }
}
