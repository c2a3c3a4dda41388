package se.hjulet.hub.system;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;
import jakarta.mail.internet.MimeMessage;
import java.util.Arrays;
import java.util.List;
import java.util.function.Predicate;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * A real SMTP server (GreenMail) on the port the hub is configured to send its mail to, started once per test
 * JVM; tests read the messages it received.
 */
public class MailServer implements BeforeAllCallback {

    private static GreenMail server;

    @Override
    public void beforeAll(ExtensionContext context) {
        start();
    }

    static synchronized void start() {
        if (server == null) {
            int port = Integer.getInteger("hjulet.test.smtp.port", 3025);
            server = new GreenMail(new ServerSetup(port, "127.0.0.1", ServerSetup.PROTOCOL_SMTP));
            server.start();
            Runtime.getRuntime().addShutdownHook(new Thread(server::stop));
        }
    }

    static synchronized List<MimeMessage> received() {
        return Arrays.asList(server.getReceivedMessages());
    }

    /** Waits (at most {@code seconds}) for a message that passes {@code test}; null when none came. */
    static MimeMessage await(Predicate<MimeMessage> test, int seconds) throws InterruptedException {
        long deadline = System.currentTimeMillis() + seconds * 1000L;
        do {
            for (MimeMessage message : received()) {
                if (test.test(message)) {
                    return message;
                }
            }
            Thread.sleep(200);
        } while (System.currentTimeMillis() < deadline);
        return null;
    }

    /** The message's text, or "" when it cannot be read. */
    static String text(MimeMessage message) {
        try {
            Object content = message.getContent();
            return content instanceof String text ? text : "";
        } catch (Exception e) {
            return "";
        }
    }

    static boolean isTo(MimeMessage message, String address) {
        try {
            return message.getAllRecipients() != null && Arrays.stream(message.getAllRecipients())
                    .anyMatch(a -> a.toString().equalsIgnoreCase(address));
        } catch (Exception e) {
            return false;
        }
    }
}
