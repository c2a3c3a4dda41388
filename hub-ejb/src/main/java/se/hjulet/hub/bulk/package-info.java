/**
 * Loading many initiatives in one request (a data generator, a migration from another catalogue): each
 * item goes through the same boundaries, rules and search outbox as one written through the API.
 */
package se.hjulet.hub.bulk;
