package org.cthb.readiness.course;

import jakarta.ws.rs.core.Response;
import org.cthb.readiness.course.files.FileProblem;
import org.cthb.readiness.web.Problem;
import org.jboss.resteasy.reactive.server.ServerExceptionMapper;

import java.util.List;

/** An invalid course answers 422 with every problem as {file, line, message}. */
public class CourseProblemMapper {

    /** The problem body of an invalid course. */
    public record InvalidCourseProblem(String type, String title, int status, String detail, boolean valid,
                                       List<FileProblem> problems) {
    }

    @ServerExceptionMapper
    public Response invalidCourse(InvalidCourse e) {
        return Response.status(422).type(Problem.MEDIA_TYPE).entity(new InvalidCourseProblem("about:blank",
                "Unprocessable Content", 422, e.problems().size() + " problem(s) in the course", false,
                e.problems())).build();
    }
}
