package org.convene.core.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Instant;
import java.time.ZoneId;
import java.util.Optional;
import org.convene.core.domain.Platform;
import org.convene.core.domain.SpaceRef;
import org.convene.core.testing.TestDatabase;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class DatabaseTest {

    @TempDir
    Path dataDirectory;

    @Test
    void aConfiguredServerIsUsedAndMigrated() {
        try (TestDatabase server = TestDatabase.fresh(2);
             Database database = Database.open(new DatabaseSettings(Optional.of(server.jdbcUrl()), "postgres",
                     Optional.empty(), dataDirectory, 2))) {
            new JdbcCommunityRepository(new Jdbc(database.dataSource())).create("Remote", ZoneId.of("UTC"),
                    Instant.EPOCH);

            assertThat(server.snapshot()).contains("Remote");
            assertThat(dataDirectory.resolve("postgres")).doesNotExist();
        }
    }

    @Test
    void theEmbeddedDatabaseKeepsItsDataBetweenRuns() {
        SpaceRef space = new SpaceRef(Platform.CONSOLE, "kept");
        try (Database first = Database.open(DatabaseSettings.embedded(dataDirectory))) {
            JdbcCommunityRepository communities = new JdbcCommunityRepository(new Jdbc(first.dataSource()));
            communities.bindSpace(space, communities.create("Kept", ZoneId.of("UTC"), Instant.EPOCH).id(), "Kept");
        }
        try (Database second = Database.open(DatabaseSettings.embedded(dataDirectory))) {
            assertThat(new JdbcCommunityRepository(new Jdbc(second.dataSource())).bySpace(space))
                    .hasValueSatisfying(community -> assertThat(community.name()).isEqualTo("Kept"));
        }
    }

    @Test
    void thePasswordNeverShowsInTheSettingsText() {
        assertThat(new DatabaseSettings(Optional.of("jdbc:postgresql://db/convene"), "convene",
                Optional.of("hunter2"), dataDirectory, 5).toString()).doesNotContain("hunter2").contains("****");
    }
}
