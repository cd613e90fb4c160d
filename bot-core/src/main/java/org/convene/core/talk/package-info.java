/** Calls for presenters: an event's talk slots, the talks members offer for them, and the agenda they make. */
package org.convene.core.talk;
