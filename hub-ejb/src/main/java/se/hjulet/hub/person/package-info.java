/**
 * People known from OpenID Connect logins (issuer + subject) and their memberships in organisations,
 * taken from the login's organisation claim or granted by an admin.
 */
package se.hjulet.hub.person;
