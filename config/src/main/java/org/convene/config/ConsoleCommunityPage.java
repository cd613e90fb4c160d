package org.convene.config;

import static java.util.Objects.requireNonNull;

import jakarta.inject.Inject;
import java.util.Optional;
import org.convene.config.console.ConsoleSpace;
import org.convene.core.port.CommunityRepository;
import org.convene.core.programme.PublicPaths;
import org.convene.core.store.JdbcProgrammeRepository;

/** The path of the console community's public page ({@code /c/<key>}), once the community exists. */
final class ConsoleCommunityPage {

    private final CommunityRepository communities;
    private final JdbcProgrammeRepository programme;

    @Inject
    ConsoleCommunityPage(CommunityRepository communities, JdbcProgrammeRepository programme) {
        this.communities = requireNonNull(communities, "communities");
        this.programme = requireNonNull(programme, "programme");
    }

    Optional<String> path() {
        return communities.bySpace(ConsoleSpace.SPACE).flatMap(community -> programme.byCommunity(community.id()))
                .map(community -> PublicPaths.community(community.key()));
    }
}
