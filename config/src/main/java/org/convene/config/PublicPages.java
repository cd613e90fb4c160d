package org.convene.config;

import com.google.inject.Injector;
import java.time.Clock;
import java.util.function.Function;
import org.convene.core.programme.CalendarWindow;
import org.convene.core.programme.PublicProgramme;
import org.convene.core.store.JdbcProgrammeRepository;
import org.convene.http.HttpFront;
import org.convene.web.page.PageRenderer;
import org.convene.web.page.ProgrammePageSource;
import org.convene.web.page.PublicPageRoutes;

/** Mounts the public pages (community, groups, events, the embed) on the instance's HTTP front. */
final class PublicPages {

    private PublicPages() {
    }

    static HttpFront mount(HttpFront front, Injector injector, Settings settings,
                           Function<CalendarWindow, String> calendarWriter) {
        PublicProgramme programme = new PublicProgramme(injector.getInstance(JdbcProgrammeRepository.class),
                injector.getInstance(Clock.class));
        String host = settings.http().host();
        String local = "http://" + (host.equals("0.0.0.0") || host.equals("::") ? "127.0.0.1" : host) + ":"
                + settings.http().port();
        return new PublicPageRoutes(new ProgrammePageSource(programme, calendarWriter), new PageRenderer(),
                settings.publicUrl().orElse(local)).mount(front);
    }
}
