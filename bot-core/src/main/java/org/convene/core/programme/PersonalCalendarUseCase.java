package org.convene.core.programme;

import static java.util.Objects.requireNonNull;

import jakarta.inject.Inject;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.util.Base64;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.convene.core.domain.Community;
import org.convene.core.domain.Event;
import org.convene.core.domain.LinkReveal;
import org.convene.core.domain.Member;
import org.convene.core.port.CalendarSecretRepository;
import org.convene.core.port.CommunityRepository;
import org.convene.core.port.EventRepository;
import org.convene.core.port.MemberRepository;
import org.convene.core.port.ProgrammeRepository;
import org.convene.core.port.ProgrammeRepository.AnsweredEvent;
import org.convene.core.port.ProgrammeRepository.KeyedCommunity;
import org.convene.core.port.RsvpRepository;
import org.convene.core.port.Transactions;
import org.convene.core.usecase.Actor;

/**
 * A member's personal calendar feed, read with a secret of 32 random bytes of which only the SHA-256 is stored: the
 * member gets the secret once, a reset replaces it (the old address stops working), and the feed carries an event's
 * private link only where the reveal rule shows it to the member.
 */
public final class PersonalCalendarUseCase {

    private static final Pattern SECRET = Pattern.compile("[A-Za-z0-9_-]{43}");
    private static final Duration HISTORY = PublicProgramme.FEED_HISTORY;

    private final Transactions transactions;
    private final CalendarSecretRepository secrets;
    private final ProgrammeRepository programme;
    private final MemberRepository members;
    private final CommunityRepository communities;
    private final EventRepository events;
    private final RsvpRepository rsvps;
    private final Clock clock;
    private final SecureRandom random = new SecureRandom();

    @Inject
    public PersonalCalendarUseCase(Transactions transactions, CalendarSecretRepository secrets,
                                   ProgrammeRepository programme, MemberRepository members,
                                   CommunityRepository communities, EventRepository events, RsvpRepository rsvps,
                                   Clock clock) {
        this.transactions = requireNonNull(transactions, "transactions");
        this.secrets = requireNonNull(secrets, "secrets");
        this.programme = requireNonNull(programme, "programme");
        this.members = requireNonNull(members, "members");
        this.communities = requireNonNull(communities, "communities");
        this.events = requireNonNull(events, "events");
        this.rsvps = requireNonNull(rsvps, "rsvps");
        this.clock = requireNonNull(clock, "clock");
    }

    /** A new secret for a member who has none; empty when one was given before (only a reset gives another). */
    public Optional<String> issue(Actor actor) {
        return transactions.inTransaction(() -> {
            members.lockAll(java.util.List.of(actor.memberId()));
            return secrets.exists(actor.memberId()) ? Optional.<String>empty() : Optional.of(replace(actor));
        });
    }

    /** A new secret for the member; the address of the old one stops working. */
    public String reset(Actor actor) {
        return transactions.inTransaction(() -> replace(actor));
    }

    /** The feed behind a secret; empty for a secret that is malformed, unknown or replaced. */
    public Optional<PersonalCalendar> feed(String secret) {
        if (secret == null || !SECRET.matcher(secret).matches()) {
            return Optional.empty();
        }
        return secrets.memberOf(hash(Base64.getUrlDecoder().decode(secret)))
                .flatMap(members::byId)
                .flatMap(this::calendarOf);
    }

    private Optional<PersonalCalendar> calendarOf(Member member) {
        Optional<KeyedCommunity> keyed = programme.byCommunity(member.communityId());
        Optional<Community> community = communities.byId(member.communityId());
        if (keyed.isEmpty() || community.isEmpty()) {
            return Optional.empty();
        }
        Duration lead = community.get().leads().linkReveal();
        Map<Long, PublicGroup> groups = programme.groups(member.communityId()).stream()
                .collect(Collectors.toMap(PublicGroup::id, Function.identity()));
        java.util.List<PersonalEntry> entries = programme.answeredBy(member.id(), clock.instant().minus(HISTORY))
                .stream()
                .filter(answered -> groups.containsKey(answered.event().groupId()))
                .map(answered -> new PersonalEntry(new EventListing(answered.event(),
                        groups.get(answered.event().groupId())), answered.answer(), answered.state(),
                        privateLink(answered, member, lead)))
                .toList();
        KeyedCommunity shown = keyed.get();
        return Optional.of(new PersonalCalendar(new PublicCommunity(shown.key(), shown.name(), shown.zone()),
                shown.open(), entries));
    }

    /** The private link where {@link LinkReveal} shows it to this member now, read only then. */
    private Optional<String> privateLink(AnsweredEvent answered, Member member, Duration lead) {
        if (answered.state() != org.convene.core.domain.RsvpState.CONFIRMED) {
            return Optional.empty();
        }
        Optional<Event> event = events.byId(answered.event().id());
        return event.filter(found -> LinkReveal.visibleTo(found,
                        rsvps.find(found.id(), member.id()).orElse(null), lead, clock.instant()))
                .map(Event::privateLink);
    }

    private String replace(Actor actor) {
        byte[] token = new byte[32];
        random.nextBytes(token);
        secrets.replace(actor.memberId(), hash(token), clock.instant());
        return Base64.getUrlEncoder().withoutPadding().encodeToString(token);
    }

    private static byte[] hash(byte[] token) {
        try {
            return MessageDigest.getInstance("SHA-256").digest(token);
        } catch (NoSuchAlgorithmException missing) {
            throw new IllegalStateException("every Java runtime has SHA-256", missing);
        }
    }
}
