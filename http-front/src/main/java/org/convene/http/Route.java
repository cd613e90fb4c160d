package org.convene.http;

import java.util.Optional;

/** Answers the requests for one path; runs on a virtual thread, so it may block. */
@FunctionalInterface
public interface Route {

    /**
     * Answers a request from its method, path and headers alone, for instance to refuse a stranger without keeping
     * or checking what they send (the body is then read and dropped); empty to read the body and call
     * {@link #handle(HttpCall)}.
     *
     * @param head the request with an empty body
     */
    default Optional<HttpAnswer> screen(HttpCall head) {
        return Optional.empty();
    }

    /** Answers one request; an exception is answered 500 by the front. */
    HttpAnswer handle(HttpCall call) throws Exception;
}
