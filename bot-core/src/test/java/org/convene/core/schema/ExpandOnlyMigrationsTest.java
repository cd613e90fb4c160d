package org.convene.core.schema;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.convene.core.testing.TestDatabase;
import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.MigrationInfo;
import org.junit.jupiter.api.Test;

/**
 * The upgrade promise on this tree's migrations: everything newer than the released version only expands the schema
 * the released code runs on, unless an allowed contraction names the release that stopped using the object.
 */
class ExpandOnlyMigrationsTest {

    private final ReleasedSchema released = ReleasedSchema.load();

    @Test
    void theReleasedVersionIsOneOfThisTreesMigrations() {
        try (TestDatabase database = TestDatabase.empty()) {
            MigrationInfo[] migrations = Flyway.configure().dataSource(database.dataSource())
                    .locations("classpath:db/migration").load().info().all();

            assertThat(migrations).extracting(migration -> migration.getVersion().getVersion())
                    .contains(released.version());
            assertThat(released.commit()).matches("[0-9a-f]{40}");
        }
    }

    @Test
    void migrationsNewerThanTheReleasedVersionOnlyExpandTheReleasedSchema() {
        try (TestDatabase database = TestDatabase.empty()) {
            migrate(database, released.version());
            SchemaCatalog releasedSchema = SchemaCatalog.read(database.dataSource());
            migrate(database, "latest");
            SchemaCatalog nextSchema = SchemaCatalog.read(database.dataSource());

            Map<String, String> unexplained = new TreeMap<>();
            for (SchemaContractions.Contraction contraction : SchemaContractions.between(releasedSchema, nextSchema)) {
                if (!released.allowedContractions().containsKey(contraction.key())) {
                    unexplained.put(contraction.key(), contraction.problem());
                }
            }
            List<String> reported = SchemaContractions.between(releasedSchema, nextSchema).stream()
                    .map(SchemaContractions.Contraction::key).toList();

            assertThat(unexplained).as("contractions of the schema of release %s (version %s); wait one release,"
                    + " or add them to db/allowed-contractions.txt naming the release that stopped using them",
                    released.commit(), released.version()).isEmpty();
            assertThat(released.allowedContractions().keySet()).as("allowed contractions no migration makes any more")
                    .allMatch(reported::contains);
        }
    }

    private static void migrate(TestDatabase database, String target) {
        Flyway.configure().dataSource(database.dataSource()).locations("classpath:db/migration").target(target)
                .load().migrate();
    }
}
