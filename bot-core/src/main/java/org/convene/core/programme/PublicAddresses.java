package org.convene.core.programme;

import static java.util.Objects.requireNonNull;

import java.net.URI;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;

/**
 * Builds the public addresses of a community's pages and feeds under the instance's public URL; the one place that
 * knows the URL scheme described in this package.
 */
public final class PublicAddresses {

    private final String base;

    /** @param publicUrl the address the world reaches this instance at, http or https, with or without a path */
    public PublicAddresses(String publicUrl) {
        URI uri = URI.create(requireNonNull(publicUrl, "publicUrl").strip());
        if (uri.getScheme() == null || !uri.getScheme().matches("(?i)https?") || uri.getHost() == null) {
            throw new IllegalArgumentException("the public URL must be an http(s) address");
        }
        String text = uri.toString();
        this.base = text.endsWith("/") ? text.substring(0, text.length() - 1) : text;
    }

    /** The public URL itself, without a trailing slash. */
    public String base() {
        return base;
    }

    /** The host of the public URL, which names events in calendar UIDs ({@code event-<id>@<host>}). */
    public String host() {
        return URI.create(base).getHost();
    }

    public String community(String key) {
        return base + "/c/" + part(key);
    }

    public String group(String key, String slug) {
        return community(key) + "/g/" + part(slug);
    }

    public String event(String key, long eventId) {
        return community(key) + "/e/" + eventId;
    }

    public String communityCalendar(String key) {
        return community(key) + "/calendar.ics";
    }

    public String groupCalendar(String key, String slug) {
        return group(key, slug) + "/calendar.ics";
    }

    public String eventsJson(String key) {
        return community(key) + "/events.json";
    }

    public String personalCalendar(String secret) {
        return base + "/calendar/" + part(secret) + ".ics";
    }

    /** The same address with the {@code webcal://} scheme, which calendar apps open as a subscription. */
    public static String webcal(String address) {
        return address.replaceFirst("(?i)^https?://", "webcal://");
    }

    private static String part(String segment) {
        return URLEncoder.encode(segment, StandardCharsets.UTF_8);
    }
}
