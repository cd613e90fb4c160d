/** Convene's core: the meetup domain, its use cases, the command language and the store. */
package org.convene.core;
