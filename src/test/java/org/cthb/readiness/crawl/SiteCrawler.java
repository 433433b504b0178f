package org.cthb.readiness.crawl;

import io.restassured.response.Response;
import io.restassured.specification.RequestSpecification;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;

/**
 * Walks the site as one visitor: breadth-first over the links of this site from the seeds, a few pages per path
 * pattern (numbers stand for ids), and every form found, once per kind, with valid, empty, over-long and garbage
 * values. Forms that would end the visit (sign-out) are left alone; if the session ends anyway, it signs in again.
 */
final class SiteCrawler {

    /** Pages fetched per path pattern: enough to see a kind of page in its states, few enough to stay fast. */
    private static final int PAGES_PER_PATTERN = 3;
    private static final int MAX_REQUESTS = 500;
    static final String LONG = "x".repeat(10_000);
    /** Values a careless or hostile visitor types; each is tried in every field of a form. */
    static final Map<String, String> GARBAGE = garbage();

    private final Actor actor;
    private final WebSession session;
    private final Verdicts verdicts;
    private final Deque<Link> links = new ArrayDeque<>();
    private final Deque<FoundForm> forms = new ArrayDeque<>();
    private final Deque<FoundForm> lastForms = new ArrayDeque<>();
    private final Map<String, Integer> perPattern = new HashMap<>();
    private final Set<String> fetched = new HashSet<>();
    private final Set<String> formKinds = new HashSet<>();
    private final Set<String> visitedPatterns = new TreeSet<>();
    private final List<String> formsPosted = new ArrayList<>();
    private int requests;

    private record Link(String path, String from, boolean mayBeRefused) {
    }

    private record FoundForm(String page, Element form) {
    }

    SiteCrawler(Actor actor, WebSession session, Verdicts verdicts) {
        this.actor = actor;
        this.session = session;
        this.verdicts = verdicts;
    }

    private static Map<String, String> garbage() {
        Map<String, String> values = new LinkedHashMap<>();
        values.put("empty", "");
        values.put("over-long", LONG);
        values.put("unicode", "Ünïcødé ✓ 漢字 \u202e\u0000 🚀");
        values.put("markup", "'\"><script>alert(1)</script>");
        values.put("negative", "-1");
        values.put("overflow", "1e309");
        values.put("null", "null");
        return values;
    }

    /** Seeds are pages a person may type or bookmark; they may answer 401, 403 or 404 (with a proper page). */
    void seed(String path) {
        links.add(new Link(path, "(seed)", true));
    }

    Set<String> visitedPatterns() {
        return visitedPatterns;
    }

    List<String> formsPosted() {
        return formsPosted;
    }

    int requests() {
        return requests;
    }

    void run() {
        while (requests < MAX_REQUESTS && (!links.isEmpty() || !forms.isEmpty() || !lastForms.isEmpty())) {
            if (!links.isEmpty()) {
                visit(links.poll());
            } else if (!forms.isEmpty()) {
                submitAllWays(forms.poll());
            } else {
                submitAllWays(lastForms.poll());
            }
        }
    }

    private void visit(Link link) {
        session.keepSignedIn();
        requests++;
        String what = "GET " + link.path() + " as " + actor + " (from " + link.from() + ")";
        Response response;
        try {
            response = session.get(link.path());
        } catch (Exception e) { // RestAssured throws socket timeouts unchecked
            verdicts.fault("no answer to " + what + ": " + e);
            return;
        }
        Document page = verdicts.page(what, response, null);
        int status = response.statusCode();
        if (status >= 400 && !link.mayBeRefused()) {
            verdicts.fault(status + " " + what + ": a link the site shows leads to a refusal");
        }
        if (status >= 300 && status < 400) {
            enqueue(WebSession.localPath(response.header("Location")), link.path(), link.mayBeRefused());
        }
        if (page != null && status < 300) {
            harvest(link.path(), page);
        }
    }

    private void harvest(String path, Document page) {
        for (Element a : page.select("a[href]")) {
            enqueue(a.attr("href"), path, false);
        }
        for (Element form : page.select("form")) {
            String action = form.hasAttr("action") && !form.attr("action").isBlank() ? form.attr("action")
                    : path.replaceFirst("\\?.*", "");
            form.attr("action", action);
            if (action.equals("/signout") || (!session.isAnonymous() && action.equals("/j_security_check"))) {
                continue;
            }
            if (!formKinds.add(formKind(form))) {
                continue;
            }
            FoundForm found = new FoundForm(path, form);
            if (form.attr("method").equalsIgnoreCase("get")) {
                submitGetForm(found);
            } else if (action.matches(".*/(publish|discard|remove)$")) {
                lastForms.add(found);
            } else {
                forms.add(found);
            }
        }
    }

    private void enqueue(String href, String from, boolean mayBeRefused) {
        String path = local(href);
        if (path == null || !fetched.add(path)) {
            return;
        }
        String pattern = pattern(path);
        int seen = perPattern.merge(pattern, 1, Integer::sum);
        if (seen > PAGES_PER_PATTERN) {
            return;
        }
        visitedPatterns.add(pattern);
        links.add(new Link(path, from, mayBeRefused));
    }

    /** The path and query of a link of this site, or null for another site, a fragment or a mail link. */
    static String local(String href) {
        if (href == null || href.isBlank()) {
            return null;
        }
        String h = href.strip();
        if (h.startsWith("http://localhost") || h.startsWith("https://localhost")) {
            h = WebSession.localPath(h);
        }
        if (!h.startsWith("/") || h.startsWith("//")) {
            return null;
        }
        int hash = h.indexOf('#');
        return hash >= 0 ? h.substring(0, hash) : h;
    }

    /**
     * Pages of one kind share a pattern: a segment with a digit (ids, numbered lessons and questions) becomes {n},
     * a certificate number {cert}, an authored module {module}, and query values are dropped.
     */
    static String pattern(String path) {
        String[] parts = path.split("\\?", 2);
        String p = parts[0].replaceAll("/[0-9A-Z]{3}-[0-9A-Z]{3}-[0-9A-Z]{3}-[0-9A-Z]{3}(?=/|$)", "/{cert}")
                .replaceAll("/[^/]*\\d[^/]*(?=/|$)", "/{n}")
                .replaceAll("/draft/modules/[^/]+", "/draft/modules/{module}");
        if (parts.length == 1) {
            return p;
        }
        TreeSet<String> keys = new TreeSet<>();
        for (String pair : parts[1].split("&")) {
            keys.add(pair.split("=", 2)[0]);
        }
        return p + "?" + String.join("&", keys);
    }

    private static String formKind(Element form) {
        TreeSet<String> names = Forms.fields(form).stream().map(e -> e.attr("name"))
                .filter(n -> !n.startsWith("q-")).collect(Collectors.toCollection(TreeSet::new));
        return form.attr("method").toLowerCase() + " " + pattern(form.attr("action")) + " " + names;
    }

    /** A GET form (filters, verification) becomes links: as shown and with every garbage value in every field. */
    private void submitGetForm(FoundForm found) {
        Map<String, String> shown = Forms.shownValues(found.form());
        List<Map<String, String>> variants = new ArrayList<>();
        variants.add(shown);
        for (String value : GARBAGE.values()) {
            Map<String, String> changed = new LinkedHashMap<>(shown);
            // A query string cannot carry 10,000 characters per field: the HTTP server refuses a request line over
            // 4 KB itself (414), before the application. Over-long values in links are 500 characters.
            changed.replaceAll((k, v) -> value.equals(LONG) ? "x".repeat(500) : value);
            variants.add(changed);
        }
        for (Map<String, String> fields : variants) {
            String query = fields.entrySet().stream().map(e -> encode(e.getKey()) + "=" + encode(e.getValue()))
                    .collect(Collectors.joining("&"));
            String path = found.form().attr("action") + "?" + query;
            if (fetched.add(path)) {
                formsPosted.add("GET " + path.substring(0, Math.min(path.length(), 80)));
                links.addFirst(new Link(path, "GET form of " + found.page(), true));
            }
        }
    }

    private void submitAllWays(FoundForm found) {
        Element form = found.form();
        String action = form.attr("action");
        Map<String, Map<String, String>> variants = new LinkedHashMap<>();
        // Publishing a draft makes a new course version that every later test of the run would then follow: the
        // crawler publishes only with values that must be refused (AuthoringPageTest publishes for real).
        if (!action.endsWith("/publish")) {
            variants.put("as shown", Map.of());
        }
        for (Map.Entry<String, String> g : GARBAGE.entrySet()) {
            Map<String, String> changes = new LinkedHashMap<>();
            for (Element field : Forms.fields(form)) {
                String name = field.attr("name");
                if (!name.toLowerCase().contains("csrf") && !field.tagName().equals("button")
                        && !field.attr("type").equalsIgnoreCase("submit")) {
                    changes.put(name, g.getValue());
                }
            }
            variants.put(g.getKey(), changes);
        }
        boolean multipart = form.attr("enctype").equalsIgnoreCase("multipart/form-data");
        for (Map.Entry<String, Map<String, String>> variant : variants.entrySet()) {
            if (requests >= MAX_REQUESTS) {
                return;
            }
            session.keepSignedIn();
            requests++;
            Map<String, String> fields = Forms.shownValues(form);
            fields.putAll(variant.getValue());
            String what = "POST " + action + " (" + variant.getKey() + ") as " + actor + " from " + found.page();
            Response response;
            try {
                response = multipart ? postMultipart(form, action, fields, variant.getKey())
                        : session.postForm(action, fields);
            } catch (Exception e) { // RestAssured throws socket timeouts unchecked
                verdicts.fault("no answer to " + what + ": " + e);
                continue;
            }
            formsPosted.add(what);
            Document page = verdicts.page(what, response, form);
            if (response.statusCode() >= 300 && response.statusCode() < 400) {
                enqueue(WebSession.localPath(response.header("Location")), what, true);
            } else if (page != null && response.statusCode() < 300) {
                harvest(action, page);
            }
        }
    }

    /** A multipart form (roster upload) posts its file fields with the variant's text as the file's content. */
    private Response postMultipart(Element form, String action, Map<String, String> fields, String variant) {
        RequestSpecification request = session.request();
        for (Map.Entry<String, String> f : fields.entrySet()) {
            request = request.multiPart(f.getKey(), f.getValue());
        }
        for (Element file : form.select("input[type=file][name]")) {
            String content = variant.equals("as shown")
                    ? "national_id,given_name,family_name,category,rank,gender,birth_year,email,mission,role,start_date\n"
                    : GARBAGE.get(variant) + "\n" + GARBAGE.get(variant) + "\n";
            request = request.multiPart(file.attr("name"), "crawl.csv", content.getBytes(StandardCharsets.UTF_8),
                    "text/csv");
        }
        return session.remember(request.post(action));
    }

    private static String encode(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }

    static Set<String> setOf(String... values) {
        return new LinkedHashSet<>(List.of(values));
    }
}
