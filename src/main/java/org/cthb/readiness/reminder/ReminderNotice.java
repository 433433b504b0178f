package org.cthb.readiness.reminder;

import io.vertx.core.http.HttpServerRequest;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

/**
 * The confirmation the readiness page shows after reminders were sent, read from the address the page was
 * redirected to. Templates reach it as {@code {inject:reminders...}}; the numbers only echo that address.
 */
@Named("reminders")
@RequestScoped
public class ReminderNotice {

    static final String SENT = "reminded";
    static final String ALREADY = "alreadyReminded";
    static final String NO_EMAIL = "noEmail";
    static final String FAILED = "failed";

    @Inject
    HttpServerRequest request;

    public boolean shown() {
        return request.getParam(SENT) != null;
    }

    public int sent() {
        return count(SENT);
    }

    public int already() {
        return count(ALREADY);
    }

    public int noEmail() {
        return count(NO_EMAIL);
    }

    public int failed() {
        return count(FAILED);
    }

    private int count(String name) {
        try {
            String value = request.getParam(name);
            return value == null ? 0 : Math.max(0, Integer.parseInt(value));
        } catch (NumberFormatException e) {
            return 0;
        }
    }
}
