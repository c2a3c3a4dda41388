package se.hjulet.hub.follow.control;

import java.util.List;

/**
 * An e-mail to send: to whom, about what, the text, and, when it concerns one follow only, the address of the
 * one-click unsubscribe (RFC 8058) for its headers. Remembers the notifications and follows it reports.
 */
public record Mail(String to, String subject, String text, String oneClickUnsubscribe, List<Long> notifications, List<Long> follows) {
}
