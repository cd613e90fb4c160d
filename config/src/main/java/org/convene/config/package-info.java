/** The composition root: typed settings, the Guice modules, {@code Main}, the local console and the sample data. */
package org.convene.config;
