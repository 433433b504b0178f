package org.cthb.readiness.crawl;

import io.restassured.response.Response;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * The pages an actor reaches by following links only (no form is sent), one page of each kind (the crawler's path
 * patterns), from the same seeds as {@link SiteCrawlTest}: what the browser and language tests look at. Pages set
 * aside by a shared {@code seen} set (a kind another actor already showed) are not walked twice.
 */
public final class PageWalk {

    private static final int MAX_PAGES = 60;

    private PageWalk() {
    }

    /** The seeds a person may type or bookmark, as the crawl uses them. */
    public static List<String> seeds(Cast cast) {
        String own = "/nations/" + cast.own.iso3();
        return List.of("/", "/signin", "/support", "/verify", "/learn", "/certificates", "/standards", "/author",
                "/admin/accounts", own + "/readiness", own + "/roster", own + "/standard",
                "/verify?number=" + cast.own.certificate(), "/author/item-analysis/" + Cast.COURSE + "/" + cast.version);
    }

    /**
     * Walks breadth-first as this visitor and returns the HTML pages that answered 200, at most one per pattern
     * (and none whose pattern is in {@code seen}, to which it adds what it found).
     */
    public static List<String> pages(WebSession session, Cast cast, Set<String> seen) {
        Deque<String> queue = new ArrayDeque<>(seeds(cast));
        Set<String> fetched = new HashSet<>();
        List<String> found = new ArrayList<>();
        while (!queue.isEmpty() && found.size() < MAX_PAGES) {
            String path = queue.poll();
            if (!fetched.add(path) || seen.contains(SiteCrawler.pattern(path)) || skipped(path)) {
                continue;
            }
            session.keepSignedIn();
            Response response = session.get(path);
            if (response.statusCode() >= 300 && response.statusCode() < 400) {
                String next = SiteCrawler.local(WebSession.localPath(response.header("Location")));
                if (next != null) {
                    queue.addFirst(next);
                }
                continue;
            }
            String type = String.valueOf(response.contentType());
            if (response.statusCode() != 200 || !type.startsWith("text/html")) {
                continue;
            }
            seen.add(SiteCrawler.pattern(path));
            found.add(path);
            Document page = Jsoup.parse(response.asString(), "http://localhost" + path);
            for (Element a : page.select("a[href]")) {
                String next = SiteCrawler.local(a.attr("href"));
                if (next != null && !seen.contains(SiteCrawler.pattern(next))) {
                    queue.add(next);
                }
            }
        }
        return found;
    }

    /** Downloads and machine answers are no pages; the quick "language" links are walked through the seeds. */
    private static boolean skipped(String path) {
        return path.startsWith("/api/") || path.startsWith("/q/") || path.startsWith("/course-assets/")
                || path.endsWith("/export") || path.startsWith("/static/");
    }
}
