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

    /**
     * The configured languages beyond English and French, in their own names: the editor offers a field for each
     * beside the English and French (left empty, the text shows in English).
     */
    public java.util.List<PageContext.LanguageChoice> furtherLanguages() {
        return org.cthb.readiness.web.Languages.supported().stream()
                .filter(l -> !org.cthb.readiness.web.Languages.OFFICIAL.contains(l))
                .map(l -> new PageContext.LanguageChoice(l, org.cthb.readiness.web.Languages.ownName(l))).toList();
    }
}
