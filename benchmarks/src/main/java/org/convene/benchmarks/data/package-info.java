/** Synthetic communities written straight into the schema with generate_series, for the scale benchmarks. */
package org.convene.benchmarks.data;
