/** The meetup domain: communities, members, groups, events and RSVPs, and the seat rules that bind them. */
package org.convene.core.domain;
