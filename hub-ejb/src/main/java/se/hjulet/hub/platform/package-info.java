/**
 * What every feature stands on: database migration and data source, readiness checks, and the
 * exceptions that boundaries throw for the web layer to turn into clear 4xx answers.
 */
package se.hjulet.hub.platform;
