/** The ports the use cases need from the outside: transactions and the repositories of the domain. */
package org.convene.core.port;
