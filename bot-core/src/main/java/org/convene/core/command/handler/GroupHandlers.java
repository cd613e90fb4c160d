package org.convene.core.command.handler;

import static java.util.Objects.requireNonNull;

import jakarta.inject.Inject;
import org.convene.core.command.Command;
import org.convene.core.command.CommandHandler;
import org.convene.core.command.Invocation;
import org.convene.core.domain.Group;
import org.convene.core.reply.Reply;
import org.convene.core.usecase.ArchiveGroupUseCase;
import org.convene.core.usecase.CreateGroupUseCase;
import org.convene.core.usecase.OrganizersUseCase;

/** The admin verbs on groups: {@code group create}, {@code group archive}, {@code organizer add|remove}. */
public final class GroupHandlers {

    private GroupHandlers() {
    }

    /** {@code group create <slug> "name" [description]}. */
    public static final class Create implements CommandHandler<Command.GroupCreate> {
        private final CreateGroupUseCase createGroup;

        @Inject
        public Create(CreateGroupUseCase createGroup) {
            this.createGroup = requireNonNull(createGroup, "createGroup");
        }

        @Override
        public Class<Command.GroupCreate> type() {
            return Command.GroupCreate.class;
        }

        @Override
        public Reply handle(Invocation invocation, Command.GroupCreate command) {
            Group group = createGroup.create(invocation.actor(),
                    new CreateGroupUseCase.Input(command.slug(), command.name(), command.description()));
            return Reply.text("Created " + group.name() + " (" + group.slug() + "). Name its organizers with "
                    + "/meetup organizer add " + group.slug() + " @name.");
        }
    }

    /** {@code group archive <slug>}. */
    public static final class Archive implements CommandHandler<Command.GroupArchive> {
        private final ArchiveGroupUseCase archiveGroup;

        @Inject
        public Archive(ArchiveGroupUseCase archiveGroup) {
            this.archiveGroup = requireNonNull(archiveGroup, "archiveGroup");
        }

        @Override
        public Class<Command.GroupArchive> type() {
            return Command.GroupArchive.class;
        }

        @Override
        public Reply handle(Invocation invocation, Command.GroupArchive command) {
            Group group = archiveGroup.archive(invocation.actor(), command.slug());
            return Reply.text("Archived " + group.name() + "; it no longer shows in lists.");
        }
    }

    /** {@code organizer add|remove <group> <user>}. */
    public static final class Organizer implements CommandHandler<Command.Organizer> {
        private final OrganizersUseCase organizers;

        @Inject
        public Organizer(OrganizersUseCase organizers) {
            this.organizers = requireNonNull(organizers, "organizers");
        }

        @Override
        public Class<Command.Organizer> type() {
            return Command.Organizer.class;
        }

        @Override
        public Reply handle(Invocation invocation, Command.Organizer command) {
            OrganizersUseCase.Result result = command.add()
                    ? organizers.add(invocation.actor(), command.group(), command.who())
                    : organizers.remove(invocation.actor(), command.group(), command.who());
            String who = result.member().displayName();
            String group = result.group().name();
            if (command.add()) {
                return Reply.text(result.changed() ? who + " now organizes " + group + "."
                        : who + " already organizes " + group + "; nothing changed.");
            }
            return Reply.text(result.changed() ? who + " no longer organizes " + group + "."
                    : who + " was not an organizer of " + group + "; nothing changed.");
        }
    }
}
