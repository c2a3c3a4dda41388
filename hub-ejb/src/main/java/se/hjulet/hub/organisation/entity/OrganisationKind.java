package se.hjulet.hub.organisation.entity;

public enum OrganisationKind {
    MUNICIPALITY, REGION, FEDERATION, AGENCY, OTHER
}
