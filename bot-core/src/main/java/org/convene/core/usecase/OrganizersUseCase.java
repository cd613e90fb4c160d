package org.convene.core.usecase;

import static java.util.Objects.requireNonNull;

import jakarta.inject.Inject;
import java.time.Clock;
import org.convene.core.domain.Group;
import org.convene.core.domain.Member;
import org.convene.core.port.GroupRepository;
import org.convene.core.port.Transactions;

/** Names or removes the organizers of a group (admins only). */
public final class OrganizersUseCase {

    /** What happened: who, in which group, and whether anything changed. */
    public record Result(Group group, Member member, boolean changed) {
    }

    private final Transactions transactions;
    private final GroupRepository groups;
    private final Lookups lookups;
    private final Members members;
    private final Access access;
    private final Clock clock;

    @Inject
    public OrganizersUseCase(Transactions transactions, GroupRepository groups, Lookups lookups, Members members,
                             Access access, Clock clock) {
        this.transactions = requireNonNull(transactions, "transactions");
        this.groups = requireNonNull(groups, "groups");
        this.lookups = requireNonNull(lookups, "lookups");
        this.members = requireNonNull(members, "members");
        this.access = requireNonNull(access, "access");
        this.clock = requireNonNull(clock, "clock");
    }

    public Result add(Actor actor, String slug, MemberRef who) {
        access.requireAdmin(actor, "name organizers");
        return transactions.inTransaction(() -> {
            Group group = lookups.group(actor, slug);
            Member member = members.resolve(actor, who);
            boolean added = groups.addOrganizer(group.id(), member.id());
            groups.join(group.id(), member.id(), clock.instant());
            return new Result(group, member, added);
        });
    }

    public Result remove(Actor actor, String slug, MemberRef who) {
        access.requireAdmin(actor, "remove organizers");
        return transactions.inTransaction(() -> {
            Group group = lookups.group(actor, slug);
            Member member = members.resolve(actor, who);
            return new Result(group, member, groups.removeOrganizer(group.id(), member.id()));
        });
    }

    /**
     * Makes members the organizers (and members) of a group, inside the caller's transaction; the caller has checked
     * the asker's rights, as accepting a group proposal does.
     */
    public void addAll(Group group, java.util.List<Member> organizers) {
        transactions.inTransaction(() -> {
            for (Member member : organizers) {
                groups.addOrganizer(group.id(), member.id());
                groups.join(group.id(), member.id(), clock.instant());
            }
            return null;
        });
    }
}
