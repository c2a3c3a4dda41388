package se.hjulet.hub.initiative.boundary;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;

/**
 * The fields every kind of initiative shares, as an author writes them. Input records of the kinds
 * implement it simply by having these components.
 */
public interface CoreInput {

    String title();

    String lead();

    String ownerOrganisation();

    List<ParticipantInput> participatingOrganisations();

    Set<String> policyAreas();

    Set<String> tags();

    LocalDate periodFrom();

    LocalDate periodTo();

    Boolean ongoing();

    List<ContactInput> contacts();

    List<LinkInput> links();

    String language();

    Long version();
}
