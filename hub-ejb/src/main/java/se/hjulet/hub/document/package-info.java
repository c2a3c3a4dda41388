/**
 * Documents (reports, plans, slides) attached to initiatives: uploaded by the owner's members, stored
 * in the database, read by Tika off the request thread through the search outbox, and searchable with
 * their item and on their own.
 */
package se.hjulet.hub.document;
