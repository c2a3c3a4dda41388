package se.hjulet.hub.project.entity;

/** Where a project is in its life, from an idea to a service in regular management (förvaltning). */
public enum ProjectPhase {
    IDEA, PRE_STUDY, ONGOING, COMPLETED, IN_MANAGEMENT
}
