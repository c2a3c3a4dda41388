/**
 * Comments on published learning examples, projects, procurement needs and public collections: one level
 * of replies, authors edit and delete their own, members of the owner (a collection's curator) pin one.
 */
package se.hjulet.hub.comment;
