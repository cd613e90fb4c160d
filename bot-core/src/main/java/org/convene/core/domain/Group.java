package org.convene.core.domain;

import static java.util.Objects.requireNonNull;

/** A meetup group of a community, addressed by its slug. */
public record Group(long id, long communityId, String slug, String name, String description, boolean archived) {
    public Group {
        requireNonNull(slug, "slug");
        requireNonNull(name, "name");
        requireNonNull(description, "description");
    }
}
