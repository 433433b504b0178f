package org.cthb.readiness.quiz;

import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import io.quarkus.security.Authenticated;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.MultivaluedMap;
import jakarta.ws.rs.core.Response;
import org.cthb.readiness.account.CurrentAccount;
import org.cthb.readiness.error.Conflict;
import org.cthb.readiness.error.ServiceException;
import org.cthb.readiness.web.PageContext;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.eclipse.microprofile.openapi.annotations.Operation;

import java.net.URI;
import java.util.List;

/** The quiz pages: one form per attempt that saves answers and submits, then the result with feedback. */
@Path("/learn")
@Authenticated
@Produces(MediaType.TEXT_HTML)
public class QuizPage {

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance attempt(AttemptView attempt, String error, boolean saved, boolean unanswered);

        static native TemplateInstance result(ResultView result);
    }

    @ConfigProperty(name = "cthb.learning.course", defaultValue = "cthb-predeployment")
    String courseId;
    @Inject
    QuizService quizzes;
    @Inject
    CurrentAccount account;
    @Inject
    PageContext page;

    @GET
    @Path("/v/{version}/{module}/quiz")
    @Operation(hidden = true)
    public Response start(@PathParam("version") int version, @PathParam("module") String module) {
        AttemptView attempt;
        try {
            attempt = quizzes.start(account.id(), courseId, version, module, page.lang());
        } catch (Conflict refused) {
            // Never a dead end: the module's card on the dashboard says why (cool-down with the time it opens,
            // no attempts left, passed) and what to do meanwhile.
            return Response.seeOther(URI.create("/learn#module-" + module)).build();
        }
        return Response.seeOther(URI.create("/learn/attempts/" + attempt.id())).build();
    }

    @GET
    @Path("/attempts/{id}")
    @Operation(hidden = true)
    public Object attempt(@PathParam("id") long id, @jakarta.ws.rs.QueryParam("saved") String saved,
                          @jakarta.ws.rs.QueryParam("unanswered") String unanswered) {
        AttemptView attempt = quizzes.attempt(account.id(), id, page.lang());
        if (attempt.submitted()) {
            return Response.seeOther(URI.create("/learn/attempts/" + id + "/result")).build();
        }
        return page.render(Templates.attempt(attempt, null, saved != null, unanswered != null && attempt.answered() < attempt.questions().size()));
    }

    /** Saves every answer given on the page; "submit" then grades, "save" keeps the attempt open for later. */
    @POST
    @Path("/attempts/{id}")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    @Operation(hidden = true)
    public Object save(@PathParam("id") long id, MultivaluedMap<String, String> form) {
        AttemptView attempt = quizzes.attempt(account.id(), id, page.lang());
        try {
            for (AttemptView.QuestionView question : attempt.questions()) {
                List<String> chosen = form.get("q-" + question.id());
                if (chosen != null && !chosen.isEmpty()) {
                    quizzes.saveShownAnswer(account.id(), id, question.id(), chosen);
                }
            }
        } catch (ServiceException e) {
            return Response.status(e.status()).entity(page.render(Templates.attempt(attempt, e.getMessage(), false, false))).build();
        }
        // "Submit" with questions left unanswered asks first, beside the buttons, unless the learner confirmed.
        if (form.containsKey("submit") && !"confirmed".equals(form.getFirst("submit"))
                && quizzes.attempt(account.id(), id, page.lang()).answered() < attempt.questions().size()) {
            return Response.seeOther(URI.create("/learn/attempts/" + id + "?unanswered=1#actions")).build();
        }
        if (form.containsKey("submit")) {
            quizzes.submit(account.id(), id, page.lang());
            return Response.seeOther(URI.create("/learn/attempts/" + id + "/result")).build();
        }
        // Back to the buttons, where "Saved" shows: no jump to the top of a long quiz.
        return Response.seeOther(URI.create("/learn/attempts/" + id + "?saved=1#actions")).build();
    }

    @GET
    @Path("/attempts/{id}/result")
    @Operation(hidden = true)
    public TemplateInstance result(@PathParam("id") long id) {
        return page.render(Templates.result(quizzes.result(account.id(), id, page.lang())));
    }
}
