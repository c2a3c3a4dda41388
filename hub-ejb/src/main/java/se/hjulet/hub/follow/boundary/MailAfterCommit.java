package se.hjulet.hub.follow.boundary;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.TransactionPhase;
import jakarta.inject.Inject;
import se.hjulet.hub.follow.control.NetworkNews;

/** Sends news of the network that are mailed at once as soon as the answer, comment or mark is committed (never before). */
@ApplicationScoped
public class MailAfterCommit {

    @Inject
    Mailings mailings;

    void send(@Observes(during = TransactionPhase.AFTER_SUCCESS) NetworkNews.MailDue due) {
        mailings.sendSoon();
    }
}
