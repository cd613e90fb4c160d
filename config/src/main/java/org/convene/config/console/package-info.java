/** The local console: type the same {@code /meetup} commands as in chat, as any member, on the embedded database. */
package org.convene.config.console;
