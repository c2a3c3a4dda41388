package se.hjulet.hub.overview.ui;

import java.util.Locale;

/**
 * Writing inline SVG as text: every value escaped, numbers in the same form in every language, colours only
 * as class names (no style attribute or element, which the Content Security Policy would refuse).
 */
final class Svg {

    private final StringBuilder out = new StringBuilder();

    /** An SVG that scales to its container's width (viewBox), labelled for assistive technology. */
    Svg(String id, double width, double height, String label) {
        out.append("<svg xmlns=\"http://www.w3.org/2000/svg\" class=\"chart\" id=\"").append(escape(id))
                .append("\" viewBox=\"0 0 ").append(number(width)).append(' ').append(number(height))
                .append("\" role=\"group\" aria-label=\"").append(escape(label)).append("\">");
    }

    Svg link(String href, String spoken, String cssClass) {
        out.append("<a href=\"").append(escape(href)).append("\" aria-label=\"").append(escape(spoken)).append('"');
        if (cssClass != null) {
            out.append(" class=\"").append(escape(cssClass)).append('"');
        }
        out.append('>');
        return this;
    }

    Svg endLink() {
        out.append("</a>");
        return this;
    }

    Svg rect(double x, double y, double width, double height, String cssClass) {
        out.append("<rect x=\"").append(number(x)).append("\" y=\"").append(number(y)).append("\" width=\"").append(number(width))
                .append("\" height=\"").append(number(height)).append("\" class=\"").append(escape(cssClass)).append("\"/>");
        return this;
    }

    /** Text drawn for the eye only: the link or the table beside it says the same to a screen reader. */
    Svg text(double x, double y, String text, String cssClass) {
        out.append("<text x=\"").append(number(x)).append("\" y=\"").append(number(y)).append("\" class=\"").append(escape(cssClass))
                .append("\" aria-hidden=\"true\">").append(escape(text)).append("</text>");
        return this;
    }

    String end() {
        return out.append("</svg>").toString();
    }

    static String number(double value) {
        return value == Math.rint(value) ? String.valueOf((long) value) : String.format(Locale.ROOT, "%.1f", value);
    }

    static String escape(String text) {
        if (text == null) {
            return "";
        }
        StringBuilder escaped = new StringBuilder(text.length());
        for (char c : text.toCharArray()) {
            switch (c) {
                case '<' -> escaped.append("&lt;");
                case '>' -> escaped.append("&gt;");
                case '&' -> escaped.append("&amp;");
                case '"' -> escaped.append("&quot;");
                case '\'' -> escaped.append("&#39;");
                default -> escaped.append(c);
            }
        }
        return escaped.toString();
    }
}
