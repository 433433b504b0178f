package org.cthb.readiness.offline;

import io.quarkus.security.Authenticated;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.cthb.readiness.account.CurrentAccount;
import org.cthb.readiness.learning.LearningService;
import org.cthb.readiness.web.PageContext;
import org.eclipse.microprofile.openapi.annotations.Operation;

import java.util.ArrayList;
import java.util.List;

/** What a phone keeps of the course for reading offline, and the changes it made offline, sent back one by one. */
@Path("/api/learning/offline")
@Authenticated
@Produces(MediaType.APPLICATION_JSON)
public class OfflineResource {

    /**
     * The copy to keep: the Cache Storage name (by account tag and course version), the size budget in bytes, and
     * every address to store (pages, course images, the stylesheet and scripts they load).
     */
    public record Copy(String owner, String cache, String courseId, int version, long budgetBytes,
                       List<String> pages, List<String> images, List<String> assets) {
    }

    @Inject
    LearningService learning;
    @Inject
    OfflineChanges changes;
    @Inject
    OfflineBudget budget;
    @Inject
    OfflineOwner owner;
    @Inject
    CurrentAccount account;
    @Inject
    PageContext page;

    @GET
    @Operation(summary = "What a phone may keep of the learner's course version for reading offline, and the size "
            + "budget it must stay within")
    public Copy copy() {
        var copy = learning.offlineCopy(account.id(), page.lang());
        String tag = owner.owner();
        List<String> pages = new ArrayList<>(List.of("/learn", "/learn/offline"));
        pages.addAll(copy.pages());
        String v = "?v=" + page.assetVersion();
        return new Copy(tag, "cthb-offline-" + tag + "-" + copy.courseId() + "-v" + copy.version(), copy.courseId(),
                copy.version(), budget.bytes(), pages, copy.images(),
                List.of("/static/app.css" + v, "/static/offline.js" + v, "/static/localtime.js" + v));
    }

    @PUT
    @Path("/changes/{clientId}")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Apply one change made offline (a lesson done, a quiz answer by shown position), named by "
            + "the id the browser gave it. Send the queue in order, one at a time. The same id again returns the same "
            + "outcome and changes nothing; an answer to an attempt already submitted elsewhere is refused with 409.")
    public OfflineOutcome change(@PathParam("clientId") String clientId, OfflineChange change) {
        return changes.apply(account.id(), clientId, change, page.lang());
    }
}
