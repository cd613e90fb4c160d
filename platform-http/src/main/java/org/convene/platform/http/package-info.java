/** What both chat adapters add to the OkHttp client their platform's library talks to the platform through. */
package org.convene.platform.http;
