/** The benchmark suite: each figure is measured beside a reference run on the same machine in the same run. */
package org.convene.benchmarks;
