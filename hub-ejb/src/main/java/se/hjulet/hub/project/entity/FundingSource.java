package se.hjulet.hub.project.entity;

/** Whose money: the owner's own, a partner organisation's, or an external fund (ERDF, Vinnova, Tillväxtverket …). */
public enum FundingSource {
    OWN, PARTNER, EXTERNAL_FUND
}
