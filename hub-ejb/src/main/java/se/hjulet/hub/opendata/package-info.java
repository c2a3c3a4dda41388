/**
 * Open data: the published learning examples, projects and procurement needs as a DCAT-AP-SE catalogue
 * with one dataset per kind, each in JSON-LD and CSV, paged by id. Drafts and archived items never
 * leave the hub this way, and neither does anything about a person (contacts, authors): only what
 * organisations published. The web module's {@code opendata.api} writes the formats.
 */
package se.hjulet.hub.opendata;
