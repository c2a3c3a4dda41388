/**
 * Keeps the search index in step with the database: an outbox row per change, written in the same
 * transaction, drained by a worker that survives Elasticsearch outages.
 */
package se.hjulet.hub.indexing;
