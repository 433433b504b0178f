package org.cthb.readiness.web;

/** Keeps redirects on this site: an attacker's link must not bounce a signed-in user elsewhere. */
public final class LocalRedirect {

    private LocalRedirect() {
    }

    public static String safe(String target) {
        if (target == null || !target.startsWith("/") || target.startsWith("//") || target.contains("\\")
                || target.contains("\r") || target.contains("\n")) {
            return "/";
        }
        return target;
    }
}
