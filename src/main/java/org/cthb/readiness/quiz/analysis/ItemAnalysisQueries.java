package org.cthb.readiness.quiz.analysis;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.agroal.api.AgroalDataSource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.cthb.readiness.course.files.CourseContent;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * The two set-based queries of item analysis for one course version, whatever its number of attempts: one for
 * the sums of each question, one for the choices of each option. The version's questions and options come from
 * its content and reach SQL as one JSON parameter, since they are not stored in tables of their own. Only
 * submitted attempts count: an open attempt is a draft. The JSON side of each comparison is given the binary
 * collation, so that the comparison neither depends on the server's default collation nor ignores case, exactly
 * as the ids are compared in Java.
 */
@ApplicationScoped
public class ItemAnalysisQueries {

    /** The sums one question needs, over the submitted attempts that drew it; see {@link Discrimination#of}. */
    public record QuestionSums(String moduleId, String questionId, long attempts, long correct, long sumRest,
                               long sumRestSquared, long sumRestWhenCorrect, long unanswered) {
    }

    /** How many submitted attempts chose one option. */
    public record OptionCount(String moduleId, String questionId, String optionId, long chosen) {
    }

    // x: the item score, 1 when graded right; an unanswered drawn question has no answer row and scores 0, as in
    // grading. y: the rest-of-quiz score, the attempt's other right answers, by a window over the attempt.
    private static final String QUESTION_SUMS = """
            with drawn as (
              select a.id as attempt_id, q.module_id, q.question_id,
                     case when aa.correct then 1 else 0 end as x,
                     case when aa.attempt_id is null then 1 else 0 end as unanswered
              from quiz_attempt a
              join json_table(?, '$[*]' columns (
                     module_id varchar(64) character set utf8mb4 path '$.module',
                     question_id varchar(64) character set utf8mb4 path '$.question')) q
                on q.module_id collate utf8mb4_bin = a.module_id
                and find_in_set(q.question_id collate utf8mb4_bin, a.questions) > 0
              left join attempt_answer aa on aa.attempt_id = a.id and aa.question_id = q.question_id collate utf8mb4_bin
              where a.version_id = ? and a.submitted_at is not null
            ), scored as (
              select module_id, question_id, x, unanswered, sum(x) over (partition by attempt_id) - x as y
              from drawn
            )
            select module_id, question_id, count(*), sum(x), sum(y), sum(y * y), sum(x * y), sum(unanswered)
            from scored group by module_id, question_id
            """;

    private static final String OPTION_COUNTS = """
            select a.module_id, aa.question_id, o.option_id, count(*)
            from quiz_attempt a
            join attempt_answer aa on aa.attempt_id = a.id
            join json_table(?, '$[*]' columns (
                   module_id varchar(64) character set utf8mb4 path '$.module',
                   question_id varchar(64) character set utf8mb4 path '$.question',
                   option_id varchar(64) character set utf8mb4 path '$.option')) o
              on o.module_id collate utf8mb4_bin = a.module_id and o.question_id collate utf8mb4_bin = aa.question_id
              and find_in_set(o.option_id collate utf8mb4_bin, aa.options) > 0
            where a.version_id = ? and a.submitted_at is not null
            group by a.module_id, aa.question_id, o.option_id
            """;

    @Inject
    AgroalDataSource dataSource;
    @Inject
    ObjectMapper json;

    public List<QuestionSums> questionSums(long versionId, CourseContent content) {
        List<Map<String, String>> questions = new ArrayList<>();
        for (CourseContent.ModuleContent module : content.modules()) {
            module.quiz().questions().forEach(q -> questions.add(Map.of("module", module.id(), "question", q.id())));
        }
        return query(QUESTION_SUMS, questions, versionId, rs -> new QuestionSums(rs.getString(1), rs.getString(2),
                rs.getLong(3), rs.getLong(4), rs.getLong(5), rs.getLong(6), rs.getLong(7), rs.getLong(8)));
    }

    public List<OptionCount> optionCounts(long versionId, CourseContent content) {
        List<Map<String, String>> options = new ArrayList<>();
        for (CourseContent.ModuleContent module : content.modules()) {
            for (CourseContent.QuestionContent q : module.quiz().questions()) {
                q.options().forEach(o -> options.add(Map.of("module", module.id(), "question", q.id(),
                        "option", o.id())));
            }
        }
        return query(OPTION_COUNTS, options, versionId, rs -> new OptionCount(rs.getString(1), rs.getString(2),
                rs.getString(3), rs.getLong(4)));
    }

    private interface RowReader<T> {
        T read(ResultSet rs) throws SQLException;
    }

    private <T> List<T> query(String sql, Object parameter, long versionId, RowReader<T> reader) {
        try (Connection c = dataSource.getConnection(); PreparedStatement q = c.prepareStatement(sql)) {
            q.setString(1, json.writeValueAsString(parameter));
            q.setLong(2, versionId);
            List<T> rows = new ArrayList<>();
            try (ResultSet rs = q.executeQuery()) {
                while (rs.next()) {
                    rows.add(reader.read(rs));
                }
            }
            return rows;
        } catch (SQLException | JsonProcessingException e) {
            throw new IllegalStateException("Item analysis could not be read: " + e.getMessage(), e);
        }
    }
}
