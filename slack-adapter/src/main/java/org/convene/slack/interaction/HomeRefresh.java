package org.convene.slack.interaction;

import org.convene.core.command.Caller;

/** Publishes a member's Home tab again, after something they did there changed what it shows. */
@FunctionalInterface
public interface HomeRefresh {

    void refresh(Caller caller);
}
