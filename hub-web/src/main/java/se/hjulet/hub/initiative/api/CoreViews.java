package se.hjulet.hub.initiative.api;

import se.hjulet.hub.initiative.entity.Contact;
import se.hjulet.hub.initiative.entity.Link;
import se.hjulet.hub.initiative.entity.Participant;
import se.hjulet.hub.organisation.entity.Organisation;

/** The parts of the shared initiative core as the API shows them, for every kind's view. */
public final class CoreViews {

    private CoreViews() {
    }

    public record OrganisationRef(String code, String name, String kind) {
        public static OrganisationRef of(Organisation o) {
            return o == null ? null : new OrganisationRef(o.code(), o.name(), o.kind().name());
        }
    }

    public record ParticipantView(OrganisationRef organisation, String role) {
        public static ParticipantView of(Participant p) {
            return new ParticipantView(OrganisationRef.of(p.organisation()), p.role().name());
        }
    }

    public record ContactView(String name, String role, String organisation, String email, String phone) {
        public static ContactView of(Contact c) {
            return new ContactView(c.name(), c.role(), c.organisation(), c.email(), c.phone());
        }
    }

    public record LinkView(String title, String url) {
        public static LinkView of(Link l) {
            return new LinkView(l.title(), l.url());
        }
    }
}
