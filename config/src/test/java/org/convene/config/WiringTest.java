package org.convene.config;

import static org.assertj.core.api.Assertions.assertThat;

import com.google.inject.Guice;
import com.google.inject.Injector;
import com.google.inject.Key;
import com.google.inject.TypeLiteral;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.convene.core.command.Command;
import org.convene.core.command.CommandHandler;
import org.convene.core.store.Database;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The real injector gives every command exactly one handler. */
class WiringTest {

    @TempDir
    Path dataDirectory;

    @Test
    void everyCommandHasItsHandlerRegisteredOnce() {
        Injector injector = Guice.createInjector(new CoreModule(
                SettingsLoader.load(Map.of("CONVENE_DATA_DIR", dataDirectory.toString()))));
        try {
            Set<CommandHandler<?>> handlers = injector.getInstance(
                    Key.get(new TypeLiteral<Set<CommandHandler<?>>>() { }));

            assertThat(handlers.stream().<Class<?>>map(CommandHandler::type).toList())
                    .containsExactlyInAnyOrderElementsOf(List.of(Command.class.getPermittedSubclasses()));
        } finally {
            injector.getInstance(Database.class).close();
        }
    }
}
