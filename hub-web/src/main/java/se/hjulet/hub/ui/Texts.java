package se.hjulet.hub.ui;

import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.FacesContext;
import java.text.MessageFormat;
import java.util.Locale;
import java.util.MissingResourceException;
import java.util.ResourceBundle;

/**
 * The UI texts of the current view, from {@code se.hjulet.hub.ui.messages} in the view's locale, for
 * the beans (the pages read the same bundle as {@code #{msg}}).
 */
public final class Texts {

    public static final String BUNDLE = "se.hjulet.hub.ui.messages";

    private Texts() {
    }

    /**
     * The visitor's language, as {@link Language} decides it. Not the view root's locale: before the
     * view is rendered (view actions, validation) Faces may still hold the browser's locale there.
     */
    public static Locale locale() {
        return Language.localeOf(FacesContext.getCurrentInstance());
    }

    public static ResourceBundle bundle() {
        return ResourceBundle.getBundle(BUNDLE, locale(),
                ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES));
    }

    public static boolean has(String key) {
        return bundle().containsKey(key);
    }

    /** The text for the key, with {0}, {1}… filled in; a missing key shows as ???key??? rather than failing. */
    public static String get(String key, Object... arguments) {
        String pattern;
        try {
            pattern = bundle().getString(key);
        } catch (MissingResourceException e) {
            return "???" + key + "???";
        }
        if (arguments == null || arguments.length == 0) {
            return pattern;
        }
        return new MessageFormat(pattern, locale()).format(arguments);
    }

    /** The same texts for the form helpers, which know nothing of Faces. */
    public static FormErrors.Words words() {
        return new FormErrors.Words() {
            @Override
            public String get(String key, Object... arguments) {
                return Texts.get(key, arguments);
            }

            @Override
            public boolean has(String key) {
                return Texts.has(key);
            }
        };
    }

    public static FacesMessage error(String text) {
        return new FacesMessage(FacesMessage.SEVERITY_ERROR, text, text);
    }

    public static FacesMessage info(String text) {
        return new FacesMessage(FacesMessage.SEVERITY_INFO, text, text);
    }

    public static FacesMessage warning(String text) {
        return new FacesMessage(FacesMessage.SEVERITY_WARN, text, text);
    }
}
