package se.hjulet.hub.matching.ui;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.function.UnaryOperator;
import se.hjulet.search.matching.Partner;
import se.hjulet.search.matching.ReasonWords;

/**
 * An organisation that could buy together with a need's owner, as the need's page lists it: its page, how it takes
 * part already (if it does), the items that make it a partner and why.
 *
 * @param code          the organisation's code (or name without one), as the participation flow names it
 * @param participation the status of its participation in words, or null when it does not take part
 * @param mayJoin       the reader acts for this organisation and may declare its interest here
 * @param invitation    for the need's owner, a mailto link inviting the organisation (else null)
 */
public record PartnerRow(String code, String name, String url, String participation, List<MatchRow> items,
                         List<String> reasons, boolean mayJoin, String invitation) {

    public static PartnerRow of(Partner partner, String participation, boolean mayJoin, String invitation, ReasonWords words,
                                UnaryOperator<String> kindLabel, UnaryOperator<String> link) {
        return new PartnerRow(partner.organisationCode(), partner.organisationName(),
                link.apply("/organisation.xhtml?code=" + URLEncoder.encode(partner.organisationCode(), StandardCharsets.UTF_8)),
                participation, MatchRow.of(partner.items(), words, kindLabel, link), words.of(partner.reasons()), mayJoin,
                invitation);
    }

    /**
     * An invitation by e-mail that the need's owner sends to a partner: a mailto link with the subject and the text
     * filled in (the owner chooses the address), pointing at the need's page, where the partner declares interest.
     */
    public static String invitation(String subject, String body) {
        return "mailto:?subject=" + mailEncode(subject) + "&body=" + mailEncode(body);
    }

    /** RFC 6068: percent-encoded UTF-8, a space as %20 (a "+" would stay a plus in the mail). */
    private static String mailEncode(String text) {
        return URLEncoder.encode(text, StandardCharsets.UTF_8).replace("+", "%20");
    }
}
