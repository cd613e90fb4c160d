package org.convene.http;

import static java.util.Objects.requireNonNull;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.regex.Pattern;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.eclipse.jetty.http.HttpField;
import org.eclipse.jetty.http.HttpHeader;
import org.eclipse.jetty.io.Content;
import org.eclipse.jetty.server.Handler;
import org.eclipse.jetty.server.Request;
import org.eclipse.jetty.server.Response;
import org.eclipse.jetty.util.Callback;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Routes each request by its exact path, else by the first pattern it matches: unknown paths get 404, other methods
 * 405; the route may answer from the headers alone, else the body is read within the read timeout and the size limit
 * (408, 413) and the route answers on this (virtual) thread; once stopping, 503.
 */
final class RouteHandler extends Handler.Abstract {

    private static final Logger log = LoggerFactory.getLogger(RouteHandler.class);

    /** One path's allowed methods and its route. */
    record Mount(Set<String> methods, Route route) {
    }

    /** The paths a pattern matches as a whole, and their mount. */
    record PatternMount(Pattern paths, Mount mount) {
    }

    private final Map<String, Mount> mounts;
    private final List<PatternMount> patternMounts;
    private final HttpLimits limits;
    private final RequestGate gate;

    RouteHandler(Map<String, Mount> mounts, List<PatternMount> patternMounts, HttpLimits limits, RequestGate gate) {
        this.mounts = Map.copyOf(mounts);
        this.patternMounts = List.copyOf(patternMounts);
        this.limits = requireNonNull(limits, "limits");
        this.gate = requireNonNull(gate, "gate");
    }

    @Override
    public boolean handle(Request request, Response response, Callback callback) throws Exception {
        if (!gate.enter()) {
            write(request, response, callback, HttpAnswer.text(503, "stopping"));
            return true;
        }
        try {
            write(request, response, callback, answer(request));
        } finally {
            gate.leave();
        }
        return true;
    }

    private HttpAnswer answer(Request request) throws InterruptedException {
        Mount mount = mount(Request.getPathInContext(request));
        if (mount == null) {
            return HttpAnswer.text(404, "not found");
        }
        if (!mount.methods().contains(request.getMethod())) {
            return new HttpAnswer(405, HttpAnswer.TEXT, Map.of("Allow", List.of(String.join(", ", mount.methods()))),
                    "method not allowed".getBytes(StandardCharsets.UTF_8));
        }
        Optional<HttpAnswer> screened = mount.route().screen(call(request, new byte[0]));
        if (screened.isPresent()) {
            discardBody(request);
            return screened.get();
        }
        byte[] body;
        try {
            body = Content.Source.asByteArrayAsync(request, limits.maxBodyBytes())
                    .get(limits.readTimeout().toMillis(), TimeUnit.MILLISECONDS);
        } catch (TimeoutException slow) {
            request.fail(slow);
            return HttpAnswer.text(408, "request body too slow");
        } catch (ExecutionException tooLarge) {
            return HttpAnswer.text(413, "request body too large");
        }
        HttpCall call = call(request, body);
        try {
            return mount.route().handle(call);
        } catch (InterruptedException e) {
            throw e;
        } catch (Exception e) {
            String errorId = UUID.randomUUID().toString().substring(0, 8);
            log.error("A route failed on {} (error id {})", call.path(), errorId, e);
            return HttpAnswer.text(500, "internal error " + errorId);
        }
    }

    private Mount mount(String path) {
        Mount exact = mounts.get(path);
        if (exact != null) {
            return exact;
        }
        return patternMounts.stream().filter(candidate -> candidate.paths().matcher(path).matches())
                .map(PatternMount::mount).findFirst().orElse(null);
    }

    /**
     * Reads and drops the body of a request answered from its headers, without keeping or checking it, so that the
     * client reads the answer rather than a reset; a body too large or too slow is left to Jetty, which closes.
     */
    private void discardBody(Request request) throws InterruptedException {
        Callback.Completable drained = new Callback.Completable();
        Content.Source.consumeAll(request, drained);
        try {
            drained.get(limits.readTimeout().toMillis(), TimeUnit.MILLISECONDS);
        } catch (ExecutionException | TimeoutException notDrained) {
            request.fail(notDrained);
        }
    }

    private static HttpCall call(Request request, byte[] body) {
        return new HttpCall(request.getMethod(), Request.getPathInContext(request), request.getHttpURI().getQuery(),
                headers(request), body, Request.getRemoteAddr(request));
    }

    private static Map<String, List<String>> headers(Request request) {
        Map<String, List<String>> headers = new LinkedHashMap<>();
        for (HttpField field : request.getHeaders()) {
            headers.computeIfAbsent(field.getName(), name -> new ArrayList<>()).add(field.getValue());
        }
        return headers;
    }

    private void write(Request request, Response response, Callback callback, HttpAnswer answer) throws Exception {
        response.setStatus(answer.status());
        answer.headers().forEach((name, values) -> {
            if (!name.equalsIgnoreCase("Content-Length")) {
                response.getHeaders().put(name, values);
            }
        });
        if (answer.contentType() != null) {
            response.getHeaders().put(HttpHeader.CONTENT_TYPE, answer.contentType());
        }
        boolean noBody = answer.body().length == 0 || request.getMethod().equals("HEAD");
        Callback.Completable written = new Callback.Completable();
        response.write(true, noBody ? null : ByteBuffer.wrap(answer.body()), written);
        try {
            written.get(limits.idleTimeout().toMillis(), TimeUnit.MILLISECONDS);
            callback.succeeded();
        } catch (ExecutionException | TimeoutException failed) {
            callback.failed(failed);
        }
    }
}
