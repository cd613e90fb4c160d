/** Several real Convene processes on one PostgreSQL server, behaving as one bot. */
package org.convene.config.instances;
