package se.hjulet.hub.ui;

import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.application.FacesMessage;
import jakarta.faces.component.UIViewRoot;
import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.RequestDispatcher;
import jakarta.servlet.http.HttpServletRequest;
import java.net.URI;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.List;
import java.util.Optional;
import se.hjulet.hub.person.boundary.People;
import se.hjulet.hub.person.entity.HubCaller;

/**
 * What every page's frame needs: who is logged in, where the login and language links go back to,
 * and the page-wide messages (from the flash after a redirect, too).
 */
@Named("site")
@RequestScoped
public class Site {

    @Inject
    People people;

    private Optional<HubCaller> caller;
    private String currentPath;

    public boolean isLoggedIn() {
        return caller().isPresent();
    }

    /** The logged-in person's name as the login gave it, else the e-mail address, else a neutral word. */
    public String getCallerName() {
        return caller().map(c -> firstNonBlank(c.displayName(), c.email(), Texts.get("user.unnamed"))).orElse(null);
    }

    private Optional<HubCaller> caller() {
        if (caller == null) {
            caller = people.caller();
        }
        return caller;
    }

    /** This page as a path inside the hub (no context path), with its query: where to come back to. */
    public String getCurrentPath() {
        if (currentPath == null) {
            currentPath = computeCurrentPath();
        }
        return currentPath;
    }

    public String getLoginUrl() {
        return contextPath() + "/login?return=" + encode(getCurrentPath());
    }

    public String getLogoutUrl() {
        return contextPath() + "/logout";
    }

    /** The link of the language switch: sprak.xhtml sets the language and comes back here. */
    public String languageUrl(String lang) {
        return contextPath() + "/sprak.xhtml?lang=" + encode(lang) + "&return=" + encode(getCurrentPath());
    }

    /** The results page for a text, e.g. for a tag. */
    public String searchUrl(String text) {
        return contextPath() + "/sok.xhtml?q=" + encode(text);
    }

    /** A link to a path inside the hub, such as the url a search hit carries; other sites' http(s) addresses pass. */
    public String url(String path) {
        if (path == null || path.isBlank()) {
            return contextPath() + "/";
        }
        if (path.startsWith("/") && !path.startsWith("//")) {
            return contextPath() + path;
        }
        try {
            String scheme = URI.create(path.strip()).getScheme();
            if ("http".equalsIgnoreCase(scheme) || "https".equalsIgnoreCase(scheme)) {
                return path.strip();
            }
        } catch (IllegalArgumentException notAUri) {
            // falls through to the start page
        }
        return contextPath() + "/";
    }

    /** Page-wide messages (not tied to a form field), oldest first. */
    public List<Notice> getNotices() {
        return FacesContext.getCurrentInstance().getMessageList(null).stream()
                .map(m -> new Notice(severityOf(m), m.getSummary()))
                .toList();
    }

    public record Notice(String severity, String text) {
    }

    /** Errors are announced at once (role="alert"), other messages politely (role="status"). */
    public boolean isErrorNotice() {
        return getNotices().stream().anyMatch(n -> "error".equals(n.severity()));
    }

    private static String severityOf(FacesMessage message) {
        if (message.getSeverity() == null) {
            return "info";
        }
        int ordinal = message.getSeverity().getOrdinal();
        if (ordinal >= FacesMessage.SEVERITY_ERROR.getOrdinal()) {
            return "error";
        }
        return ordinal == FacesMessage.SEVERITY_WARN.getOrdinal() ? "warning" : "info";
    }

    private String computeCurrentPath() {
        FacesContext context = FacesContext.getCurrentInstance();
        ExternalContext external = context.getExternalContext();
        if (external.getRequest() instanceof HttpServletRequest request
                && request.getAttribute(RequestDispatcher.ERROR_REQUEST_URI) instanceof String failed) {
            return localPathOrHome(withoutContextPath(failed));
        }
        UIViewRoot root = context.getViewRoot();
        if (root == null || root.getViewId() == null || root.getViewId().startsWith("/WEB-INF/")) {
            return "/";
        }
        // A page read by GET is where it was asked for, path and query as they came: rebuilding the address from the
        // view parameters lost "?id=" whenever they were not the page's own (the language switch and the login links
        // then led to "not found").
        if (external.getRequest() instanceof HttpServletRequest request && "GET".equals(request.getMethod())) {
            String query = request.getQueryString();
            return localPathOrHome(withoutContextPath(request.getRequestURI()).replaceFirst("(?i);jsessionid=[^?#]*", "")
                    + (query == null || query.isEmpty() ? "" : "?" + query));
        }
        String url = context.getApplication().getViewHandler()
                .getBookmarkableURL(context, root.getViewId(), new HashMap<>(), true);
        return localPathOrHome(withoutContextPath(url).replaceFirst("(?i);jsessionid=[^?#]*", ""));
    }

    private String withoutContextPath(String url) {
        String contextPath = contextPath();
        return !contextPath.isEmpty() && url.startsWith(contextPath) ? url.substring(contextPath.length()) : url;
    }

    /** Only paths inside the hub may be gone back to, never another site. */
    public static String localPathOrHome(String path) {
        boolean local = path != null && path.startsWith("/") && !path.startsWith("//") && !path.contains("\\")
                && path.chars().noneMatch(Character::isISOControl);
        return local ? path : "/";
    }

    private static String contextPath() {
        return FacesContext.getCurrentInstance().getExternalContext().getRequestContextPath();
    }

    public static String encode(String value) {
        return URLEncoder.encode(value == null ? "" : value, StandardCharsets.UTF_8);
    }

    private static String firstNonBlank(String... values) {
        for (String value : values) {
            if (value != null && !value.isBlank()) {
                return value;
            }
        }
        return "";
    }
}
