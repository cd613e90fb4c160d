/** How JDA's REST requests wait for Discord's rate limits: one queue and one lock per bucket, none shared. */
package org.convene.discord.rest;
