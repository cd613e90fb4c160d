package org.convene.web.page;

import static java.util.Objects.requireNonNull;

import java.net.URI;

/** Where a community talks about an event: the platform's name ("Discord", "Slack") and a link into its channel. */
public record ChatPlace(String platform, URI link) {

    public ChatPlace {
        requireNonNull(platform, "platform");
        requireNonNull(link, "link");
    }

    /** A Discord channel: {@code https://discord.com/channels/<guild>/<channel>}. */
    public static ChatPlace discord(String guildId, String channelId) {
        return new ChatPlace("Discord", URI.create("https://discord.com/channels/" + digits(guildId) + "/"
                + digits(channelId)));
    }

    /** A Slack channel: {@code https://slack.com/app_redirect?team=<T>&channel=<C>}. */
    public static ChatPlace slack(String teamId, String channelId) {
        return new ChatPlace("Slack", URI.create("https://slack.com/app_redirect?team=" + word(teamId) + "&channel="
                + word(channelId)));
    }

    private static String digits(String id) {
        if (!id.matches("[0-9]{1,25}")) {
            throw new IllegalArgumentException("a Discord id is digits only");
        }
        return id;
    }

    private static String word(String id) {
        if (!id.matches("[A-Z0-9]{1,25}")) {
            throw new IllegalArgumentException("a Slack id is upper-case letters and digits only");
        }
        return id;
    }
}
