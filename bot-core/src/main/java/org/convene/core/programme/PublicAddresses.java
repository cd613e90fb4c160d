package org.convene.core.programme;

import static java.util.Objects.requireNonNull;

import java.net.URI;

/**
 * Builds the public addresses of a community's pages and feeds: the instance's public URL followed by the
 * {@link PublicPaths path} of each.
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
        return base + PublicPaths.community(key);
    }

    public String group(String key, String slug) {
        return base + PublicPaths.group(key, slug);
    }

    public String event(String key, long eventId) {
        return base + PublicPaths.event(key, eventId);
    }

    public String communityCalendar(String key) {
        return base + PublicPaths.communityCalendar(key);
    }

    public String groupCalendar(String key, String slug) {
        return base + PublicPaths.groupCalendar(key, slug);
    }

    public String eventsJson(String key) {
        return base + PublicPaths.eventsJson(key);
    }

    public String personalCalendar(String secret) {
        return base + PublicPaths.personalCalendar(secret);
    }

    /** The same address with the {@code webcal://} scheme, which calendar apps open as a subscription. */
    public static String webcal(String address) {
        return address.replaceFirst("(?i)^https?://", "webcal://");
    }
}
