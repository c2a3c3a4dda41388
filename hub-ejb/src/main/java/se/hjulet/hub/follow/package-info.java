/**
 * Follows and alerts: a person follows an initiative, a public collection, an organisation or a saved search;
 * when the search index takes in a new or changed published item, the follows it matches give notifications (an
 * in-app list with an unread count) and, by each follow's delivery, e-mail at once or in a daily or weekly digest,
 * each mail with a link that stops the mails without a login. Only what the index holds (published initiatives,
 * public collections) can ever match, so drafts and private collections never reach a notification or a mail.
 */
package se.hjulet.hub.follow;
