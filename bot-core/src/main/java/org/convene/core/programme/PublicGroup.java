package org.convene.core.programme;

import static java.util.Objects.requireNonNull;

import java.util.List;
import org.convene.core.domain.ChannelRef;

/**
 * A group as strangers see it: slug, name, description, how many members it has, the names of the organizers who
 * chose to be listed, and the channels it announces in (where people answer, for "Answer in" links).
 */
public record PublicGroup(long id, String slug, String name, String description, int memberCount,
                          List<String> organizers, List<ChannelRef> channels) {
    public PublicGroup {
        requireNonNull(slug, "slug");
        requireNonNull(name, "name");
        requireNonNull(description, "description");
        organizers = List.copyOf(organizers);
        channels = List.copyOf(channels);
    }
}
