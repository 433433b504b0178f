package org.cthb.readiness.crawl;

import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Every role walks the whole site from the home page: every link of this site it is shown (a few pages of each
 * kind), every form it finds with valid, empty, over-long and garbage values. Nothing may answer 5xx; a refusal is
 * a real page (main landmark, heading, message) and a 400 to a form names the field or row at fault; a link the
 * site shows must not lead to a refusal.
 */
@QuarkusTest
class SiteCrawlTest {

    private static Cast cast;

    private static Cast cast() {
        if (cast == null) {
            cast = Cast.create("EST", "LVA");
        }
        return cast;
    }

    @ParameterizedTest
    @EnumSource(Actor.class)
    void everyPageLinkAndFormAnswersWithoutAFault(Actor actor) {
        Cast cast = cast();
        WebSession session = actor.session(cast);
        Verdicts verdicts = new Verdicts();
        SiteCrawler crawler = new SiteCrawler(actor, session, verdicts);
        crawler.seed("/");
        // Pages a person may type or bookmark without a link to them: each answers its proper page or refusal.
        for (String path : new String[]{"/signin", "/support", "/verify", "/learn", "/certificates", "/standards",
                "/author", "/admin/accounts", "/nations/" + cast.own.iso3() + "/readiness",
                "/nations/" + cast.own.iso3() + "/roster", "/nations/" + cast.own.iso3() + "/standard",
                "/nations/" + cast.other.iso3() + "/readiness", "/learn/attempts/" + cast.other.openAttempt(),
                "/verify?number=" + cast.own.certificate(), "/no-such-page",
                "/author/item-analysis/" + Cast.COURSE + "/" + cast.version}) {
            crawler.seed(path);
        }
        crawler.run();
        System.out.printf("Crawl as %s: %d requests, %d forms, %d faults%n%s%n", actor, crawler.requests(),
                crawler.formsPosted().size(), verdicts.faults().size(), String.join("\n", verdicts.faults()));

        assertThat(verdicts.faults()).as("faults found by the crawl as %s (%d requests, patterns %s)", actor,
                crawler.requests(), crawler.visitedPatterns()).isEmpty();
        assertThat(crawler.visitedPatterns()).as("pages reached as " + actor).contains(expectedPages(actor, cast));
        assertThat(crawler.formsPosted()).as("forms submitted as " + actor).isNotEmpty();
    }

    /** Pages each actor must have reached by links: proof that the crawl walked, not only that nothing failed. */
    private static String[] expectedPages(Actor actor, Cast cast) {
        String nation = "/nations/" + cast.own.iso3();
        return switch (actor) {
            case ANONYMOUS -> new String[]{"/", "/signin", "/support", "/verify"};
            case LEARNER_NOT_STARTED -> new String[]{"/learn", "/certificates", "/learn/v/{n}/why-it-matters/{n}"};
            case LEARNER_MID_QUIZ -> new String[]{"/learn", "/learn/attempts/{n}", "/learn/v/{n}/why-it-matters/quiz"};
            case LEARNER_CERTIFIED -> new String[]{"/learn", "/certificates", "/api/certificates/{cert}/pdf?lang"};
            case AUTHOR -> new String[]{"/author", "/author/courses/" + Cast.COURSE};
            case OFFICER -> new String[]{nation + "/readiness", nation + "/roster", "/standards"};
            case HQ_STAFF -> new String[]{"/learn", "/certificates"};
            case ADMIN -> new String[]{"/admin/accounts", "/standards", "/author"};
        };
    }
}
