package org.convene.web.page;

import java.util.List;
import java.util.Map;

/**
 * The headers every public page carries: a Content-Security-Policy that lets only the server's own style sheet and
 * script run (so text people typed can never become script), no MIME sniffing, and no referrer sent elsewhere. Pages
 * may not be framed; the embed may be framed by any site.
 */
final class PageHeaders {

    private static final String POLICY = "default-src 'none'; style-src 'self'; script-src 'self'; img-src 'self'; "
            + "base-uri 'none'; form-action 'none'; frame-ancestors ";

    /** For a page of this server only. */
    static final Map<String, List<String>> PAGE = headers("'none'", "DENY");

    /** For the embed, which any website may frame. */
    static final Map<String, List<String>> EMBED = headers("*", null);

    private PageHeaders() {
    }

    private static Map<String, List<String>> headers(String frameAncestors, String frameOptions) {
        Map<String, List<String>> headers = new java.util.LinkedHashMap<>();
        headers.put("Content-Security-Policy", List.of(POLICY + frameAncestors));
        headers.put("X-Content-Type-Options", List.of("nosniff"));
        headers.put("Referrer-Policy", List.of("strict-origin-when-cross-origin"));
        headers.put("Cache-Control", List.of("public, max-age=60"));
        if (frameOptions != null) {
            headers.put("X-Frame-Options", List.of(frameOptions));
        }
        return Map.copyOf(headers);
    }
}
