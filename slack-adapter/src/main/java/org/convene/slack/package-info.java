/** The Slack front of Convene: settings and the Bolt app that serves {@code /meetup}, buttons, modals and App Home. */
package org.convene.slack;
