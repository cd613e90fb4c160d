package org.convene.config;

import com.google.inject.Injector;
import org.convene.core.programme.PersonalCalendarUseCase;
import org.convene.core.programme.PublicAddresses;
import org.convene.core.programme.PublicProgramme;
import org.convene.core.store.HotReads;
import org.convene.feeds.EventCalendars;
import org.convene.feeds.FeedRoutes;
import org.convene.http.AnswerCache;
import org.convene.http.HttpFront;
import org.convene.web.page.PageRenderer;
import org.convene.web.page.ProgrammePageSource;
import org.convene.web.page.PublicPageRoutes;

/**
 * Mounts the community's public face on the instance's HTTP front: the calendar feeds, the event list and the
 * personal feeds, then the pages (community, groups, events, the embed), all reading one public programme. The
 * public pages and feeds share one {@link AnswerCache}, cleared with the hot reads on every write of any instance;
 * the personal feeds are never kept.
 */
final class PublicFace {

    private PublicFace() {
    }

    static HttpFront mount(HttpFront front, Injector injector) {
        PublicProgramme programme = injector.getInstance(PublicProgramme.class);
        PublicAddresses addresses = injector.getInstance(PublicAddresses.class);
        AnswerCache answers = AnswerCache.standard();
        injector.getInstance(HotReads.class).alsoClear(answers::clear);
        new FeedRoutes(programme, injector.getInstance(PersonalCalendarUseCase.class), addresses, answers::cached)
                .mount(front);
        return new PublicPageRoutes(new ProgrammePageSource(programme, new EventCalendars(addresses)),
                new PageRenderer(), addresses.base(), answers::cached).mount(front);
    }
}
