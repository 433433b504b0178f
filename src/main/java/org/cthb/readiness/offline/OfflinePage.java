package org.cthb.readiness.offline;

import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import io.quarkus.security.Authenticated;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.cthb.readiness.account.CurrentAccount;
import org.cthb.readiness.learning.LearningService;
import org.cthb.readiness.learning.OfflineCopy;
import org.cthb.readiness.web.PageContext;
import org.eclipse.microprofile.openapi.annotations.Operation;

/**
 * "Keep this course on my phone": what would be kept, the budget, and (with JavaScript, which stores it) what is
 * kept and how much space it takes. Without JavaScript the page says that keeping needs it; every other page works
 * without.
 */
@Path("/learn/offline")
@Authenticated
@Produces(MediaType.TEXT_HTML)
public class OfflinePage {

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance keep(OfflineCopy copy, long budgetKb);
    }

    @Inject
    LearningService learning;
    @Inject
    OfflineBudget budget;
    @Inject
    CurrentAccount account;
    @Inject
    PageContext page;

    @GET
    @Operation(hidden = true)
    public TemplateInstance keep() {
        return page.render(Templates.keep(learning.offlineCopy(account.id(), page.lang()), budget.kilobytes()));
    }
}
