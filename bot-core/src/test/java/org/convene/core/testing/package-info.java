/** Test support shared by every module: a real PostgreSQL per test JVM, a clock tests move by hand, a wired core. */
package org.convene.core.testing;
