package org.cthb.readiness.quiz;

import io.quarkus.security.Authenticated;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.cthb.readiness.account.CurrentAccount;
import org.cthb.readiness.web.PageContext;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.eclipse.microprofile.openapi.annotations.Operation;

import java.util.List;

/** Quiz attempts as JSON: start, save an answer, submit, result. */
@Path("/api/learning")
@Authenticated
@Produces(MediaType.APPLICATION_JSON)
public class QuizResource {

    /** The options chosen for one question, by their position as shown ("1", "2", ...). */
    public record Answer(List<String> options) {
    }

    @ConfigProperty(name = "cthb.learning.course", defaultValue = "cthb-predeployment")
    String courseId;
    @Inject
    QuizService quizzes;
    @Inject
    CurrentAccount account;
    @Inject
    PageContext page;

    @POST
    @Path("/versions/{version}/modules/{module}/attempts")
    @Operation(summary = "Start an attempt (or resume the open one): the drawn questions, without answers")
    public AttemptView start(@PathParam("version") int version, @PathParam("module") String module) {
        return quizzes.start(account.id(), courseId, version, module, page.lang());
    }

    @GET
    @Path("/attempts/{id}")
    @Operation(summary = "An attempt with the answers saved so far")
    public AttemptView attempt(@PathParam("id") long id) {
        return quizzes.attempt(account.id(), id, page.lang());
    }

    @PUT
    @Path("/attempts/{id}/answers/{question}")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Save the answer to one question: the options by their position as shown in this "
            + "attempt (\"1\", \"2\", ...)")
    public AttemptView answer(@PathParam("id") long id, @PathParam("question") String question, Answer answer) {
        quizzes.saveShownAnswer(account.id(), id, question, answer == null ? null : answer.options());
        return quizzes.attempt(account.id(), id, page.lang());
    }

    @POST
    @Path("/attempts/{id}/submit")
    @Operation(summary = "Submit for grading; submitting again returns the same result")
    public ResultView submit(@PathParam("id") long id) {
        return quizzes.submit(account.id(), id, page.lang());
    }

    @GET
    @Path("/attempts/{id}/result")
    @Operation(summary = "Score, pass or fail, and per question whether it was right; after a failed attempt "
            + "with attempts left the teaching point, paragraph and lesson of each wrong answer but no key "
            + "(disclosure WRONG_MARKS_ONLY), after a pass or the last attempt every option with its feedback "
            + "(FULL_KEY)")
    public ResultView result(@PathParam("id") long id) {
        return quizzes.result(account.id(), id, page.lang());
    }
}
