/** One handler per {@code /meetup} verb: each calls its use case and turns the result into a reply. */
package org.convene.core.command.handler;
