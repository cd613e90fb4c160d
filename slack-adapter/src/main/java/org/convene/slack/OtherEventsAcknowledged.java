package org.convene.slack;

import static java.util.Objects.requireNonNull;

import com.slack.api.bolt.middleware.Middleware;
import com.slack.api.bolt.middleware.MiddlewareChain;
import com.slack.api.bolt.request.Request;
import com.slack.api.bolt.request.RequestType;
import com.slack.api.bolt.request.builtin.EventRequest;
import com.slack.api.bolt.response.Response;
import java.util.Set;

/**
 * Answers 200 to every signed event the app does not act on, instead of Bolt's 404 and multi-line warning, so Slack
 * neither retries it nor turns the subscription off. Runs after Bolt's signature check.
 */
final class OtherEventsAcknowledged implements Middleware {

    private final Set<String> handledTypes;

    OtherEventsAcknowledged(Set<String> handledTypes) {
        this.handledTypes = Set.copyOf(requireNonNull(handledTypes, "handledTypes"));
    }

    @Override
    public Response apply(Request request, Response response, MiddlewareChain chain) throws Exception {
        if (request.getRequestType() == RequestType.Event && request instanceof EventRequest event
                && !handledTypes.contains(event.getEventType())) {
            return Response.ok();
        }
        return chain.next(request);
    }
}
