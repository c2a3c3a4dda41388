package se.hjulet.hub.procurement.entity;

/** Where the procurement stands; only PLANNING and OPEN_FOR_PARTNERS still take new partners in practice. */
public enum ProcurementStatus {
    PLANNING, OPEN_FOR_PARTNERS, TENDERING, AWARDED, CANCELLED
}
