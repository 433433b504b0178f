package org.cthb.readiness.browser;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** WCAG's contrast ratio between two CSS colours as a browser computes them ({@code rgb(r, g, b)}). */
final class Contrast {

    private static final Pattern RGB = Pattern.compile("rgba?\\((\\d+),\\s*(\\d+),\\s*(\\d+)");

    private Contrast() {
    }

    static double ratio(String one, String other) {
        double a = luminance(one);
        double b = luminance(other);
        return (Math.max(a, b) + 0.05) / (Math.min(a, b) + 0.05);
    }

    static double pixels(String width) {
        return Double.parseDouble(width.replace("px", "").trim());
    }

    private static double luminance(String colour) {
        Matcher m = RGB.matcher(colour);
        if (!m.find()) {
            throw new IllegalArgumentException("not an rgb() colour: " + colour);
        }
        return 0.2126 * channel(m.group(1)) + 0.7152 * channel(m.group(2)) + 0.0722 * channel(m.group(3));
    }

    private static double channel(String value) {
        double c = Integer.parseInt(value) / 255.0;
        return c <= 0.03928 ? c / 12.92 : Math.pow((c + 0.055) / 1.055, 2.4);
    }
}
