/**
 * Collections: material curated by a facilitator for a workshop series (themes such as UTBLICK, INBLICK,
 * TILLSAMMANS), shared publicly, by link, or with the participating organisations only; printable as a handout.
 */
package se.hjulet.hub.collection;
