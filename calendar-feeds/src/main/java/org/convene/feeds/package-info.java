/**
 * A web adapter over the public programme: the iCalendar feeds of a community and its groups, a member's personal
 * feed and the JSON list of upcoming events, served on the HTTP front with validators and 304 answers.
 */
package org.convene.feeds;
