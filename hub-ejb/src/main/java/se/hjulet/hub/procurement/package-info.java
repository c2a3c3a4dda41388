/**
 * Procurement needs: what an organisation plans to buy (CPV codes, value, window), and whether others
 * may join a co-procurement. The CPV vocabulary is reference data loaded by a migration.
 */
package se.hjulet.hub.procurement;
