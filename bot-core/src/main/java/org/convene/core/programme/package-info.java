/**
 * The public programme of a community: what a stranger may see of it (groups, upcoming and past events, listed
 * organizers), read from the store as records that never carry an event's private link nor an unlisted member's
 * name, and nothing at all for a community an admin made private.
 *
 * <p>Public addresses, under the instance's public URL ({@code CONVENE_PUBLIC_URL}), with {@code <key>} a community's
 * URL-safe public key and {@code <slug>} a group's slug ({@link org.convene.core.programme.PublicPaths} spells
 * them, {@link org.convene.core.programme.PublicAddresses} puts the public URL in front):
 * <ul>
 *   <li>{@code /c/<key>} the community's page; {@code /c/<key>/g/<slug>} a group's page;
 *       {@code /c/<key>/e/<event-id>} an event's page, {@code /c/<key>/e/<event-id>/calendar.ics} that event alone
 *       as an iCalendar file; {@code /c/<key>/embed} the next events for another website to frame;</li>
 *   <li>{@code /c/<key>/calendar.ics} and {@code /c/<key>/g/<slug>/calendar.ics} the iCalendar feeds (also as
 *       {@code webcal://} links);</li>
 *   <li>{@code /c/<key>/events.json} the read-only JSON list of upcoming events;</li>
 *   <li>{@code /calendar/<secret>.ics} a member's personal feed, readable only with its secret.</li>
 * </ul>
 */
package org.convene.core.programme;
