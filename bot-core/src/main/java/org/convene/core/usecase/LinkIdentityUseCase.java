package org.convene.core.usecase;

import static java.util.Objects.requireNonNull;

import jakarta.inject.Inject;
import java.time.Clock;
import java.util.List;
import org.convene.core.domain.Identity;
import org.convene.core.domain.LinkCode;
import org.convene.core.domain.Member;
import org.convene.core.domain.Refusal;
import org.convene.core.port.LinkCodeRepository;
import org.convene.core.port.MemberRepository;
import org.convene.core.port.Transactions;

/**
 * Ties the asker's account to the account that issued a code, so one person has one RSVP list on both platforms. The
 * asker first sees whose account theirs would join ({@link #preview}) and then confirms ({@link #link}); where both
 * had answered the same event, the issuer's answer stands and the other one's seats are freed.
 */
public final class LinkIdentityUseCase {

    /** The account a code (as issued) would join the asker's into: its member and the identities it already has. */
    public record Preview(String code, Member issuer, List<Identity> identities) {
    }

    private final Transactions transactions;
    private final LinkCodeRepository codes;
    private final MemberRepository members;
    private final AccountMerge merge;
    private final Clock clock;

    @Inject
    public LinkIdentityUseCase(Transactions transactions, LinkCodeRepository codes, MemberRepository members,
                               AccountMerge merge, Clock clock) {
        this.transactions = requireNonNull(transactions, "transactions");
        this.codes = requireNonNull(codes, "codes");
        this.members = requireNonNull(members, "members");
        this.merge = requireNonNull(merge, "merge");
        this.clock = requireNonNull(clock, "clock");
    }

    /** Whose account typing the code would join the asker's into; changes nothing and keeps the code usable. */
    public Preview preview(Actor actor, String typedCode) {
        LinkCode code = checked(actor, typedCode, codes.find(LinkCodes.normalize(typedCode), LinkCode.Purpose.IDENTITY,
                clock.instant()).orElse(null));
        Member issuer = members.byId(code.memberId()).orElseThrow(() -> unknown(typedCode));
        return new Preview(code.code(), issuer, members.identities(issuer.id()));
    }

    /** Joins the asker's account into the issuer's, as confirmed; returns the member both identities now belong to. */
    public Member link(Actor actor, String typedCode) {
        return transactions.inTransaction(() -> {
            LinkCode code = checked(actor, typedCode, codes.take(LinkCodes.normalize(typedCode),
                    LinkCode.Purpose.IDENTITY, clock.instant()).orElse(null));
            merge.merge(actor.memberId(), code.memberId());
            return members.byId(code.memberId()).orElseThrow();
        });
    }

    private static LinkCode checked(Actor actor, String typedCode, LinkCode code) {
        if (code == null) {
            throw unknown(typedCode);
        }
        if (code.communityId() != actor.communityId()) {
            throw Refusal.conflict("That code belongs to another community. An admin must first join the two "
                    + "spaces with /meetup link-space.");
        }
        if (code.memberId() == actor.memberId()) {
            throw Refusal.conflict("Those are already the same account; type the code on your other account.");
        }
        return code;
    }

    private static Refusal unknown(String typedCode) {
        return Refusal.notFound("The code " + typedCode + " is unknown or has expired. Type /meetup link on your "
                + "other account to get a new one.");
    }
}
