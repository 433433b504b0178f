package org.cthb.readiness.web;

import io.quarkus.qute.TemplateExtension;

/** Which link of the main navigation leads to the section the visitor is in, for its {@code aria-current}. */
@TemplateExtension
public final class Navigation {

    private Navigation() {
    }

    /** True on the section's own page and on every page below it ({@code /learn} covers {@code /learn/v/3/...}). */
    static boolean isIn(PageContext page, String section) {
        return within(page.here(), section);
    }

    /** The same for a section of the visitor's own nation, e.g. {@code readiness}: {@code /nations/EST/readiness}. */
    static boolean isInNation(PageContext page, String section) {
        return page.nation() != null && within(page.here(), "/nations/" + page.nation() + "/" + section);
    }

    static boolean within(String here, String section) {
        if (here == null || section == null || section.isEmpty()) {
            return false;
        }
        int query = here.indexOf('?');
        String path = query >= 0 ? here.substring(0, query) : here;
        if (section.equals("/")) {
            return path.equals("/");
        }
        return path.equals(section) || path.startsWith(section.endsWith("/") ? section : section + "/");
    }
}
