package org.convene.web.page;

import com.samskivert.mustache.Mustache;
import com.samskivert.mustache.Template;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Map;

/** The pages' Mustache templates, compiled once from the class path; every {@code {{value}}} is HTML-escaped. */
final class PageTemplates {

    private final Mustache.Compiler compiler = Mustache.compiler()
            .escapeHTML(true)
            .emptyStringIsFalse(true)
            .withLoader(PageTemplates::reader);
    private final Template layout = compile("layout");
    private final Template community = compile("community");
    private final Template group = compile("group");
    private final Template event = compile("event");
    private final Template embed = compile("embed");

    String layout(Map<String, Object> context) {
        return layout.execute(context);
    }

    String community(Map<String, Object> context) {
        return community.execute(context);
    }

    String group(Map<String, Object> context) {
        return group.execute(context);
    }

    String event(Map<String, Object> context) {
        return event.execute(context);
    }

    String embed(Map<String, Object> context) {
        return embed.execute(context);
    }

    private Template compile(String name) {
        try (Reader reader = reader(name)) {
            return compiler.compile(reader);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the template " + name, e);
        }
    }

    private static Reader reader(String name) {
        InputStream stream = PageTemplates.class.getResourceAsStream(name + ".mustache");
        if (stream == null) {
            throw new IllegalStateException("missing template " + name);
        }
        return new InputStreamReader(stream, StandardCharsets.UTF_8);
    }

    /** Reads a static asset beside the templates. */
    static byte[] asset(String name) {
        try (InputStream stream = PageTemplates.class.getResourceAsStream(name)) {
            if (stream == null) {
                throw new IllegalStateException("missing asset " + name);
            }
            return stream.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the asset " + name, e);
        }
    }
}
