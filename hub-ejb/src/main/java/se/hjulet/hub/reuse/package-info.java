/**
 * "Vi har återanvänt detta": an organisation marks that it reused, or was inspired by, another's item,
 * optionally naming its own project or learning example that came of it. Items show who reused them,
 * organisations what they reused and who reused their work; the count lifts an item in search.
 */
package se.hjulet.hub.reuse;
