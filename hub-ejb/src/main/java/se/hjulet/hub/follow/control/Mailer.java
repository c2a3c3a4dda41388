package se.hjulet.hub.follow.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.mail.Authenticator;
import jakarta.mail.Message;
import jakarta.mail.MessagingException;
import jakarta.mail.PasswordAuthentication;
import jakarta.mail.Session;
import jakarta.mail.Transport;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeMessage;
import java.util.Date;
import java.util.Optional;
import java.util.Properties;
import java.util.logging.Logger;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Sends e-mail through the SMTP server of the configuration ({@code hub.mail.*}) with Jakarta Mail. Without a
 * host, mail is off: nothing is sent, and that is said once in the log.
 */
@ApplicationScoped
public class Mailer {

    private static final Logger LOG = Logger.getLogger(Mailer.class.getName());
    private static final int TIMEOUT_MILLIS = 10_000;

    @Inject
    @ConfigProperty(name = "hub.mail.host")
    Optional<String> host;

    @Inject
    @ConfigProperty(name = "hub.mail.port", defaultValue = "25")
    int port;

    @Inject
    @ConfigProperty(name = "hub.mail.from", defaultValue = "Hjulet <noreply@hjulet.local>")
    String from;

    @Inject
    @ConfigProperty(name = "hub.mail.username")
    Optional<String> username;

    @Inject
    @ConfigProperty(name = "hub.mail.password")
    Optional<String> password;

    @Inject
    @ConfigProperty(name = "hub.mail.starttls", defaultValue = "false")
    boolean startTls;

    private volatile Session session;
    private volatile boolean saidOff;

    /** Whether a server is configured. */
    public boolean isOn() {
        boolean on = host.filter(h -> !h.isBlank()).isPresent();
        if (!on && !saidOff) {
            saidOff = true;
            LOG.info("E-mail is off: set hub.mail.host (HUB_MAIL_HOST) to the SMTP server that sends the hub's mail.");
        }
        return on;
    }

    /** Sends one message; a failure is thrown, so the caller can leave its notifications for the next round. */
    public void send(Mail mail) throws MessagingException {
        MimeMessage message = new MimeMessage(session());
        message.setFrom(new InternetAddress(from));
        message.setRecipients(Message.RecipientType.TO, InternetAddress.parse(mail.to(), false));
        message.setSubject(mail.subject(), "UTF-8");
        message.setText(mail.text(), "UTF-8");
        message.setSentDate(new Date());
        message.setHeader("Auto-Submitted", "auto-generated");
        if (mail.oneClickUnsubscribe() != null) {
            message.setHeader("List-Unsubscribe", "<" + mail.oneClickUnsubscribe() + ">");
            message.setHeader("List-Unsubscribe-Post", "List-Unsubscribe=One-Click");
        }
        Transport.send(message);
    }

    private Session session() {
        Session known = session;
        if (known == null) {
            Properties properties = new Properties();
            properties.put("mail.smtp.host", host.orElseThrow());
            properties.put("mail.smtp.port", String.valueOf(port));
            properties.put("mail.smtp.connectiontimeout", String.valueOf(TIMEOUT_MILLIS));
            properties.put("mail.smtp.timeout", String.valueOf(TIMEOUT_MILLIS));
            properties.put("mail.smtp.writetimeout", String.valueOf(TIMEOUT_MILLIS));
            properties.put("mail.smtp.starttls.enable", String.valueOf(startTls));
            Authenticator login = null;
            if (username.filter(u -> !u.isBlank()).isPresent()) {
                properties.put("mail.smtp.auth", "true");
                login = new Authenticator() {
                    @Override
                    protected PasswordAuthentication getPasswordAuthentication() {
                        return new PasswordAuthentication(username.get(), password.orElse(""));
                    }
                };
            }
            known = Session.getInstance(properties, login);
            session = known;
        }
        return known;
    }
}
