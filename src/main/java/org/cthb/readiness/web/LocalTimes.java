package org.cthb.readiness.web;

import io.vertx.core.http.Cookie;
import io.vertx.core.http.HttpServerRequest;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import java.time.DateTimeException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;

/**
 * Dates and times as people read them, in the page's language and the visitor's time zone. The zone comes from
 * the {@code cthb-tz} cookie that {@code /static/localtime.js} sets from the browser; without it (no JavaScript, a
 * first visit) times are shown in UTC and say so. Templates reach it as {@code {inject:when...}}.
 */
@Named("when")
@RequestScoped
public class LocalTimes {

    public static final String ZONE_COOKIE = "cthb-tz";

    @Inject
    HttpServerRequest request;
    @Inject
    PageContext page;

    private ZoneId zone;

    /** The visitor's zone, UTC when the browser did not tell it or named one that does not exist. */
    public ZoneId zone() {
        if (zone == null) {
            zone = ZoneOffset.UTC;
            Cookie cookie = request.getCookie(ZONE_COOKIE);
            if (cookie != null && cookie.getValue() != null && cookie.getValue().length() <= 64) {
                try {
                    zone = ZoneId.of(java.net.URLDecoder.decode(cookie.getValue(), java.nio.charset.StandardCharsets.UTF_8));
                } catch (DateTimeException | IllegalArgumentException e) {
                    zone = ZoneOffset.UTC;
                }
            }
        }
        return zone;
    }

    /** "7 December 2026, 14:30 (UTC)", "7 décembre 2026, 15:30 (Europe/Paris)"; empty for none. */
    public String time(Instant instant) {
        if (instant == null) {
            return "";
        }
        ZoneId z = zone();
        String label = z.equals(ZoneOffset.UTC) ? "UTC" : z.getId();
        return DateTimeFormatter.ofLocalizedDate(FormatStyle.LONG).withLocale(page.locale()).format(instant.atZone(z))
                + ", " + DateTimeFormatter.ofPattern("HH:mm").format(instant.atZone(z)) + " (" + label + ")";
    }

    /** "7 December 2026", "7 décembre 2026"; empty for none. */
    public String date(LocalDate date) {
        return date == null ? "" : DateTimeFormatter.ofLocalizedDate(FormatStyle.LONG).withLocale(page.locale())
                .format(date);
    }

    /** "7 Dec 2026", for tables. */
    public String shortDate(LocalDate date) {
        return date == null ? "" : DateTimeFormatter.ofLocalizedDate(FormatStyle.MEDIUM).withLocale(page.locale())
                .format(date);
    }

    /** The machine-readable form for a {@code <time datetime>} attribute. */
    public String iso(Instant instant) {
        return instant == null ? "" : DateTimeFormatter.ISO_INSTANT.format(instant);
    }
}
