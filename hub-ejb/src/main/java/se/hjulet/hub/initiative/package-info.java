/**
 * The core that learning examples, projects and procurement needs share, with its value objects
 * (period, contacts, links, participants) and the rich-text rules.
 */
package se.hjulet.hub.initiative;
