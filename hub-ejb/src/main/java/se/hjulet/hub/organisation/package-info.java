/**
 * Organisations that publish and take part: the 290 municipalities and 21 regions as reference data
 * (Flyway migration V2), plus federations, agencies and others that an admin adds.
 */
package se.hjulet.hub.organisation;
