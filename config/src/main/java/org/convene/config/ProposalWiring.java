package org.convene.config;

import com.google.inject.Binder;
import com.google.inject.Singleton;
import com.google.inject.multibindings.Multibinder;
import org.convene.core.outbox.DirectMessageChoice;
import org.convene.core.outbox.ReminderMutes;
import org.convene.core.outbox.KindComposer;
import org.convene.core.port.PreferenceRepository;
import org.convene.core.port.ProposalRepository;
import org.convene.core.proposal.ProposalMessages;
import org.convene.core.store.JdbcPreferenceRepository;
import org.convene.core.store.JdbcProposalRepository;
import org.convene.core.talk.TalkMessages;

/**
 * Binds group proposals and members' preferences: their stores, and what the outbox asks of them; and the features'
 * composers of their own outbox messages (proposals, talks).
 */
final class ProposalWiring {

    private ProposalWiring() {
    }

    static void bind(Binder binder) {
        binder.bind(JdbcProposalRepository.class).in(Singleton.class);
        binder.bind(ProposalRepository.class).to(JdbcProposalRepository.class);
        binder.bind(JdbcPreferenceRepository.class).in(Singleton.class);
        binder.bind(PreferenceRepository.class).to(JdbcPreferenceRepository.class);
        binder.bind(DirectMessageChoice.class).to(JdbcPreferenceRepository.class);
        binder.bind(ReminderMutes.class).to(JdbcPreferenceRepository.class);
        Multibinder<KindComposer> composers = Multibinder.newSetBinder(binder, KindComposer.class);
        composers.addBinding().to(ProposalMessages.class);
        composers.addBinding().to(TalkMessages.class);
    }
}
