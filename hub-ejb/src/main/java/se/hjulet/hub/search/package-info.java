/** Search over everything published, backed by the search-indexer module and Elasticsearch. */
package se.hjulet.hub.search;
