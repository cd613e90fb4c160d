package org.convene.config;

import static org.assertj.core.api.Assertions.assertThat;

import com.google.inject.Guice;
import com.google.inject.Injector;
import com.google.inject.Key;
import com.google.inject.TypeLiteral;
import java.util.Map;
import java.util.Set;
import org.convene.core.command.Command;
import org.convene.core.command.CommandHandler;
import org.junit.jupiter.api.Test;

/** The injector is built without touching the database, and every command has exactly one registered handler. */
class WiringTest {

    @Test
    void everyCommandHasItsHandlerRegisteredOnce() {
        Injector injector = Guice.createInjector(new CoreModule(SettingsLoader.load(Map.of())));

        Set<CommandHandler<?>> handlers = injector.getInstance(Key.get(new TypeLiteral<Set<CommandHandler<?>>>() { }));

        assertThat(handlers.stream().<Class<?>>map(CommandHandler::type).toList())
                .containsExactlyInAnyOrderElementsOf(java.util.List.of(Command.class.getPermittedSubclasses()));
    }
}
