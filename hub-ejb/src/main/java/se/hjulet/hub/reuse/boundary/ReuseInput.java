package se.hjulet.hub.reuse.boundary;

import se.hjulet.hub.reuse.entity.ReuseKind;

/**
 * "We reused this": which of the caller's organisations, how, and what came of it.
 *
 * @param organisation code or name of the organisation that reused the item (the caller must be a member)
 * @param how          REUSED (default) or INSPIRED
 * @param ownItemId    the organisation's own project or learning example that came of it, if any
 * @param note         a few words on what was reused, at most 2,000 characters
 */
public record ReuseInput(String organisation, ReuseKind how, Long ownItemId, String note) {
}
