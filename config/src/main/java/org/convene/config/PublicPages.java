package org.convene.config;

import com.google.inject.Injector;
import java.time.Clock;
import org.convene.core.programme.PublicAddresses;
import org.convene.core.programme.PublicProgramme;
import org.convene.core.store.JdbcProgrammeRepository;
import org.convene.feeds.EventCalendars;
import org.convene.http.HttpFront;
import org.convene.web.page.PageRenderer;
import org.convene.web.page.ProgrammePageSource;
import org.convene.web.page.PublicPageRoutes;

/** Mounts the public pages (community, groups, events, the embed) on the instance's HTTP front. */
final class PublicPages {

    private PublicPages() {
    }

    static HttpFront mount(HttpFront front, Injector injector, Settings settings) {
        PublicProgramme programme = new PublicProgramme(injector.getInstance(JdbcProgrammeRepository.class),
                injector.getInstance(Clock.class));
        String host = settings.http().host();
        String local = "http://" + (host.equals("0.0.0.0") || host.equals("::") ? "127.0.0.1" : host) + ":"
                + settings.http().port();
        String base = settings.publicUrl().orElse(local);
        return new PublicPageRoutes(new ProgrammePageSource(programme, new EventCalendars(new PublicAddresses(base))),
                new PageRenderer(), base).mount(front);
    }
}
