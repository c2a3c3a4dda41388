/**
 * "Fråga nätverket": a person asks a question (for themselves or an organisation, about policy areas and
 * optionally published items), others answer, and the asker marks the answer that helped. Questions with
 * their answers are searchable as kind {@code question}.
 */
package se.hjulet.hub.question;
