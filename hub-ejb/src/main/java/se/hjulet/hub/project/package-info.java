/**
 * Projects: initiatives with a phase, a budget and how it is financed (own money, partners, external
 * funds such as ERDF), and how open the owner is to collaboration.
 */
package se.hjulet.hub.project;
