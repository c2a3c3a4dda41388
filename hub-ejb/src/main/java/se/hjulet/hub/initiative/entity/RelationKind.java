package se.hjulet.hub.initiative.entity;

/**
 * How two initiatives are linked, read from the source: a need is REALISED_BY a project, a project is
 * DOCUMENTED_AS a learning example; RELATED links any two. Each has a name for the other end too.
 */
public enum RelationKind {
    REALISED_BY("procurement_need", "project", "realises"),
    DOCUMENTED_AS("project", "learning_example", "documents"),
    RELATED(null, null, "related");

    private final String sourceKind;
    private final String targetKind;
    private final String inverse;

    RelationKind(String sourceKind, String targetKind, String inverse) {
        this.sourceKind = sourceKind;
        this.targetKind = targetKind;
        this.inverse = inverse;
    }

    /** What the relation is called when seen from the target. */
    public String inverse() {
        return inverse;
    }

    public String sourceKind() {
        return sourceKind;
    }

    public String targetKind() {
        return targetKind;
    }
}
