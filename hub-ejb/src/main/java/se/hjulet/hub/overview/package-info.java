/**
 * The overview ("Överblick"): what is being worked on where, counted from the search index (published items
 * only, counted as the search counts them) and, for the procurement windows the index does not hold, from the
 * database.
 */
package se.hjulet.hub.overview;
