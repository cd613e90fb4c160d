package org.convene.slack.standin;

import java.net.URI;
import java.util.Map;

/** A Slack request ready to post: the exact body, its content type, and Slack's signature headers. */
public record SignedRequest(String body, String contentType, String timestamp, String signature) {

    public static final String TIMESTAMP_HEADER = "X-Slack-Request-Timestamp";
    public static final String SIGNATURE_HEADER = "X-Slack-Signature";

    /** Slack's two signature headers. */
    public Map<String, String> headers() {
        return Map.of(TIMESTAMP_HEADER, timestamp, SIGNATURE_HEADER, signature);
    }

    /** The same request with another signature, e.g. one made with the wrong secret. */
    public SignedRequest withSignature(String otherSignature) {
        return new SignedRequest(body, contentType, timestamp, otherSignature);
    }

    /** Posts the request, body unchanged, and returns the answer. */
    public HttpReply postTo(URI url) {
        return LoopbackHttp.post(url, contentType, headers(), body);
    }
}
