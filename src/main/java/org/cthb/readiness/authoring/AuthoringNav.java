package org.cthb.readiness.authoring;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.cthb.readiness.security.Role;
import org.cthb.readiness.web.PageContext;

/** Whether the layout shows the way to the authoring pages: to authors and administrators only. */
@Named("authoring")
@RequestScoped
public class AuthoringNav {

    @Inject
    PageContext page;

    public boolean visible() {
        return page.is(Role.AUTHOR_NAME) || page.isAdmin();
    }
}
