/**
 * Keeping the network's posts (questions, answers, comments) civil and lawful: what every post shares
 * (sanitised text, author, the organisation written for, hidden or not), readers' reports, platform
 * admins hiding and restoring posts with a reason kept for audit, a limit on posts per person per hour,
 * and a person's export and erasure of what they wrote.
 */
package se.hjulet.hub.moderation;
