package se.hjulet.hub.ui;

import java.text.MessageFormat;
import java.util.Locale;
import java.util.ResourceBundle;

/** The UI bundle itself, in Swedish or English, as the forms' words in tests. */
public record BundleWords(Locale locale) implements FormErrors.Words {

    public static final BundleWords SWEDISH = new BundleWords(Locale.forLanguageTag("sv"));
    public static final BundleWords ENGLISH = new BundleWords(Locale.ENGLISH);

    private ResourceBundle bundle() {
        return ResourceBundle.getBundle(Texts.BUNDLE, locale,
                ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES));
    }

    @Override
    public String get(String key, Object... arguments) {
        String pattern = bundle().getString(key);
        return arguments.length == 0 ? pattern : new MessageFormat(pattern, locale).format(arguments);
    }

    @Override
    public boolean has(String key) {
        return bundle().containsKey(key);
    }
}
