/**
 * Participation: an organisation says it is interested in another's project or procurement need,
 * turns that into a pledge (money, person-days, joining the procurement), and the owner accepts or
 * declines it.
 */
package se.hjulet.hub.participation;
