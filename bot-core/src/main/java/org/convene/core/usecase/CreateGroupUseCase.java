package org.convene.core.usecase;

import static java.util.Objects.requireNonNull;

import jakarta.inject.Inject;
import java.time.Clock;
import org.convene.core.domain.Group;
import org.convene.core.domain.Refusal;
import org.convene.core.domain.Slug;
import org.convene.core.port.GroupRepository;
import org.convene.core.port.Transactions;

/** Creates a group in the asker's community (admins only). */
public final class CreateGroupUseCase {

    /** A new group: its short name, display name and description. */
    public record Input(String slug, String name, String description) {
        public Input {
            slug = Slug.of(slug);
            name = name == null || name.isBlank() ? slug : name.strip();
            description = description == null ? "" : description.strip();
            if (name.length() > 100) {
                throw Refusal.invalid("A group's name can be at most 100 characters; this one has " + name.length()
                        + ".");
            }
            if (description.length() > 1000) {
                throw Refusal.invalid("A group's description can be at most 1000 characters.");
            }
        }
    }

    private final Transactions transactions;
    private final GroupRepository groups;
    private final Access access;
    private final Clock clock;

    @Inject
    public CreateGroupUseCase(Transactions transactions, GroupRepository groups, Access access, Clock clock) {
        this.transactions = requireNonNull(transactions, "transactions");
        this.groups = requireNonNull(groups, "groups");
        this.access = requireNonNull(access, "access");
        this.clock = requireNonNull(clock, "clock");
    }

    public Group create(Actor actor, Input input) {
        access.requireAdmin(actor, "create groups");
        return transactions.inTransaction(() -> {
            if (groups.bySlug(actor.communityId(), input.slug()).isPresent()) {
                throw Refusal.conflict("There is already a group called " + input.slug()
                        + "; choose another short name.");
            }
            return groups.create(actor.communityId(), input.slug(), input.name(), input.description(),
                    clock.instant());
        });
    }
}
