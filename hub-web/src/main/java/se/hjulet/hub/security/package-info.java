/** Login: OpenID Connect code flow for browsers and bearer tokens for the API, in one mechanism. */
package se.hjulet.hub.security;
