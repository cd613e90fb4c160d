package org.convene.http;

/** Answers the requests for one path; runs on a virtual thread, so it may block. */
@FunctionalInterface
public interface Route {

    /** Answers one request; an exception is answered 500 by the front. */
    HttpAnswer handle(HttpCall call) throws Exception;
}
