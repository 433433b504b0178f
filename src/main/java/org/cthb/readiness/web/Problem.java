package org.cthb.readiness.web;

import com.fasterxml.jackson.annotation.JsonInclude;

/** An RFC 9457 problem: what went wrong, in words, and the field at fault when there is one. */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record Problem(String type, String title, int status, String detail, String field, String code) {

    public static final String MEDIA_TYPE = "application/problem+json";

    public static Problem of(int status, String detail, String field) {
        return of(status, detail, field, null);
    }

    /** With a machine-readable reason {@code code}, for refusals a client may branch on. */
    public static Problem of(int status, String detail, String field, String code) {
        return new Problem("about:blank", title(status), status, detail, field, code);
    }

    private static String title(int status) {
        return switch (status) {
            case 400 -> "Bad Request";
            case 401 -> "Unauthorized";
            case 403 -> "Forbidden";
            case 404 -> "Not Found";
            case 409 -> "Conflict";
            case 413 -> "Content Too Large";
            case 422 -> "Unprocessable Content";
            case 429 -> "Too Many Requests";
            case 503 -> "Service Unavailable";
            default -> "Error";
        };
    }
}
