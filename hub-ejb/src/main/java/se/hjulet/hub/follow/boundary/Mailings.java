package se.hjulet.hub.follow.boundary;

import jakarta.ejb.Asynchronous;
import jakarta.ejb.ConcurrencyManagement;
import jakarta.ejb.ConcurrencyManagementType;
import jakarta.ejb.Schedule;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import jakarta.mail.SendFailedException;
import jakarta.mail.internet.AddressException;
import java.time.Instant;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.logging.Level;
import java.util.logging.Logger;
import se.hjulet.hub.follow.control.Mail;
import se.hjulet.hub.follow.control.Mailer;

/**
 * Sends the mail that is due: at once when news with instant delivery arrive, and every minute for digests that
 * fell due and for messages an unreachable server refused earlier (they stay due until sent). One round at a
 * time; a round asked for while one runs leaves a note, and the running round goes once more.
 */
@Singleton
@Startup // made at deployment: a singleton first made during an undeploy breaks Payara's shutdown of singletons
@ConcurrencyManagement(ConcurrencyManagementType.BEAN)
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class Mailings {

    private static final Logger LOG = Logger.getLogger(Mailings.class.getName());

    @Inject
    MailQueue queue;

    @Inject
    Mailer mailer;

    private final AtomicBoolean sending = new AtomicBoolean();
    private final AtomicBoolean wanted = new AtomicBoolean();
    private volatile boolean failing;

    @Asynchronous
    public void sendSoon() {
        send();
    }

    @Schedule(hour = "*", minute = "*", second = "0", persistent = false)
    void everyMinute() {
        send();
    }

    /** Sends every message due now; returns how many were sent. */
    public int send() {
        if (!mailer.isOn()) {
            return 0;
        }
        int sent = 0;
        wanted.set(true);
        while (wanted.get() && sending.compareAndSet(false, true)) {
            wanted.set(false);
            try {
                for (Mail mail : queue.due(Instant.now())) {
                    try {
                        mailer.send(mail);
                        sent++;
                    } catch (AddressException | SendFailedException e) {
                        if (e instanceof SendFailedException failed && (failed.getInvalidAddresses() == null
                                || failed.getInvalidAddresses().length == 0)) {
                            throw e; // not the address: the server may be away, so the message waits
                        }
                        // The address is refused, not the server down: let this message go, or it would block all others.
                        LOG.log(Level.WARNING, "The mail server refused the address of a message; it is dropped", e);
                    }
                    queue.sent(mail, Instant.now());
                }
                if (failing) {
                    LOG.info("Sending e-mail works again.");
                    failing = false;
                }
            } catch (Exception e) {
                // The notifications stay due: the next round sends them. Said once per streak.
                LOG.log(failing ? Level.FINE : Level.WARNING, "Sending e-mail failed; the messages wait for the next round", e);
                failing = true;
            } finally {
                sending.set(false);
            }
        }
        return sent;
    }
}
