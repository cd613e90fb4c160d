/** One class per use case: each takes the acting member and a typed input, checks who may do it, and does it in one transaction. */
package org.convene.core.usecase;
