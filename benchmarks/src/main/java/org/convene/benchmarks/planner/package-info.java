/** The timed-message planner's cost at rest: database statements per second across several instances. */
package org.convene.benchmarks.planner;
