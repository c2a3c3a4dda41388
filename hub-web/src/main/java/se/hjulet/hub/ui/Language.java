package se.hjulet.hub.ui;

import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Named;
import jakarta.servlet.http.HttpSession;
import java.io.IOException;
import java.util.List;
import java.util.Locale;

/**
 * The language of the pages: Swedish unless the visitor chose English with the language switch. The
 * choice lives in the HTTP session; visitors who never switch get no session for it.
 *
 * <p>{@code sprak.xhtml?lang=en&return=/sok.xhtml?q=x} sets the choice and goes back to the page.
 */
@Named("language")
@RequestScoped
public class Language {

    public static final Locale SWEDISH = Locale.forLanguageTag("sv");
    public static final Locale ENGLISH = Locale.forLanguageTag("en");
    public static final List<String> SUPPORTED = List.of("sv", "en");
    static final String SESSION_KEY = Language.class.getName();

    private String lang;
    private String returnTo;

    /** The view locale ({@code <f:view locale>}): the session's choice, else Swedish. */
    public Locale getLocale() {
        return localeOf(FacesContext.getCurrentInstance());
    }

    /** "sv" or "en". */
    public String getCode() {
        return codeOf(FacesContext.getCurrentInstance());
    }

    static Locale localeOf(FacesContext context) {
        return "en".equals(codeOf(context)) ? ENGLISH : SWEDISH;
    }

    private static String codeOf(FacesContext context) {
        if (context == null) {
            return "sv";
        }
        Object session = context.getExternalContext().getSession(false);
        if (session instanceof HttpSession http && http.getAttribute(SESSION_KEY) instanceof String chosen
                && SUPPORTED.contains(chosen)) {
            return chosen;
        }
        return "sv";
    }

    /** View action of sprak.xhtml: remember the language and go back to the page the visitor was on. */
    public void apply() throws IOException {
        FacesContext context = FacesContext.getCurrentInstance();
        ExternalContext external = context.getExternalContext();
        if (lang != null && SUPPORTED.contains(lang)) {
            ((HttpSession) external.getSession(true)).setAttribute(SESSION_KEY, lang);
            context.getViewRoot().setLocale(getLocale());
        }
        external.redirect(external.getRequestContextPath() + Site.localPathOrHome(returnTo));
        context.responseComplete();
    }

    public String getLang() {
        return lang;
    }

    public void setLang(String lang) {
        this.lang = lang;
    }

    public String getReturnTo() {
        return returnTo;
    }

    public void setReturnTo(String returnTo) {
        this.returnTo = returnTo;
    }
}
