/**
 * Matching: the published initiatives that resemble an item (with why), the look-alikes of a text being written,
 * the organisations that could buy together with a need's owner, and the open needs an organisation could join.
 * The comparisons run in the search index (search-indexer's {@code se.hjulet.search.matching}); this package decides
 * who may ask about what, and describes items and organisations from the database the way the index would.
 */
package se.hjulet.hub.matching;
