package se.hjulet.hub.person.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import se.hjulet.hub.organisation.entity.Organisation;

@Embeddable
public class Membership {

    @ManyToOne(optional = false)
    @JoinColumn(name = "organisation_id")
    private Organisation organisation;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private MembershipRole role;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private MembershipSource source;

    protected Membership() {
    }

    Membership(Organisation organisation, MembershipRole role, MembershipSource source) {
        this.organisation = organisation;
        this.role = role;
        this.source = source;
    }

    public Organisation organisation() {
        return organisation;
    }

    public MembershipRole role() {
        return role;
    }

    public MembershipSource source() {
        return source;
    }
}
