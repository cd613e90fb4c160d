/** The {@code /meetup} command on Discord: registration, slash commands, buttons, modals and autocomplete. */
package org.convene.discord.interaction;
