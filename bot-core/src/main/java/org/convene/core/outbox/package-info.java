/** Messages the bot sends on its own: the outbox they wait in, and the publishers that deliver them per platform. */
package org.convene.core.outbox;
