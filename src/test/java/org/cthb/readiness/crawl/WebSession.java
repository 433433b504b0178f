package org.cthb.readiness.crawl;

import io.restassured.RestAssured;
import io.restassured.config.HttpClientConfig;
import io.restassured.http.Cookie;
import io.restassured.response.Response;
import io.restassured.specification.RequestSpecification;
import org.cthb.readiness.TestAccounts;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ThreadLocalRandom;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * One visitor of the site, as a browser without JavaScript would be: a cookie jar (session, CSRF, language),
 * form sign-in through the sign-in page (one password check, then the session cookie: a password check per
 * request would make a crawl slow), pages fetched without following redirects, forms posted with every field
 * the page carries (its CSRF token included), and API calls with the CSRF token a script gets from
 * {@code /api/csrf}. Each visitor comes from an address of its own, so that sign-in throttling per address never
 * mixes visitors (the service trusts X-Forwarded-For from local proxies).
 */
public final class WebSession {

    public static final String SESSION_COOKIE = "cthb-session";

    private final String email;
    private final String address;
    private final Map<String, String> cookies = new LinkedHashMap<>();
    private String csrfHeader;
    private String csrfToken;
    private int signIns;

    private WebSession(String email) {
        this.email = email;
        ThreadLocalRandom random = ThreadLocalRandom.current();
        this.address = "10." + random.nextInt(256) + "." + random.nextInt(256) + "." + random.nextInt(1, 255);
    }

    public static WebSession anonymous() {
        return new WebSession(null);
    }

    /** Signs in through the sign-in page, as a person would. */
    public static WebSession signIn(String email) {
        WebSession session = new WebSession(email);
        session.signInAgain();
        return session;
    }

    public String email() {
        return email;
    }

    public boolean isAnonymous() {
        return email == null;
    }

    /** How many times this visitor signed in (more than once when a crawled form ended the session). */
    public int signIns() {
        return signIns;
    }

    /** Chooses the language of the next pages, as the header's language button does (it sets this cookie). */
    public void language(String lang) {
        cookies.put(org.cthb.readiness.web.PageContext.LANGUAGE_COOKIE, lang);
    }

    /** Signs in again if the session cookie is gone (a sign-out form, an expired session). */
    public void keepSignedIn() {
        if (email != null && !cookies.containsKey(SESSION_COOKIE)) {
            signInAgain();
        }
    }

    private void signInAgain() {
        Document form = Jsoup.parse(get("/signin").asString());
        Element signIn = form.selectFirst("main form[method=post]");
        assertThat(signIn).as("the sign-in page has a form").isNotNull();
        Map<String, String> fields = Forms.shownValues(signIn);
        fields.put("email", email);
        fields.put("password", TestAccounts.PASSWORD);
        Response response = postForm(signIn.attr("action"), fields);
        assertThat(response.statusCode()).as("sign-in of " + email).isBetween(300, 399);
        assertThat(cookies).as("sign-in of " + email + " gave a session").containsKey(SESSION_COOKIE);
        csrfToken = null;
        signIns++;
    }

    /**
     * A request of this visitor. A request with no answer in 30 s fails instead of hanging the test: a response
     * the service never finishes (an error while writing it) would otherwise stall a crawl for ever.
     */
    public RequestSpecification request() {
        return given().config(RestAssured.config().httpClient(HttpClientConfig.httpClientConfig()
                        .setParam("http.socket.timeout", 30_000).setParam("http.connection.timeout", 5_000)))
                .redirects().follow(false).header("X-Forwarded-For", address).cookies(cookies);
    }

    public Response get(String path) {
        return remember(request().urlEncodingEnabled(false).get(path));
    }

    /** Fetches a page that must answer 200 and parses it. */
    public Document page(String path) {
        Response response = get(path);
        assertThat(response.statusCode()).as("GET " + path + ": " + response.asString()).isEqualTo(200);
        return Jsoup.parse(response.asString(), "http://localhost" + path);
    }

    /** Follows redirects of this site, as a browser does, and parses where they lead. */
    public Landing follow(Response response) {
        Response current = response;
        String path = null;
        for (int hops = 0; hops < 5 && current.statusCode() >= 300 && current.statusCode() < 400; hops++) {
            path = localPath(current.header("Location"));
            current = get(path);
        }
        return new Landing(path, current.statusCode(), Jsoup.parse(current.asString()));
    }

    public record Landing(String path, int status, Document page) {
    }

    public Response postForm(String action, Map<String, String> fields) {
        return remember(request().formParams(fields).post(action));
    }

    /** Posts fields that may repeat (the boxes of a question that takes several answers). */
    public Response postFormValues(String action, Map<String, List<String>> fields) {
        RequestSpecification request = request();
        for (Map.Entry<String, List<String>> field : fields.entrySet()) {
            request = request.formParam(field.getKey(), field.getValue().toArray());
        }
        return remember(request.post(action));
    }

    /** Posts a form as shown on the page, changed as given (a null value drops the field). */
    public Response submit(Element form, Map<String, String> changes) {
        Map<String, String> fields = Forms.shownValues(form);
        fields.putAll(changes);
        fields.values().removeIf(java.util.Objects::isNull);
        return postForm(form.attr("action"), fields);
    }

    /** An API request carrying the session and the CSRF token a script fetches from {@code /api/csrf}. */
    public RequestSpecification api() {
        if (csrfToken == null) {
            Response token = remember(request().get("/api/csrf"));
            assertThat(token.statusCode()).as("GET /api/csrf").isEqualTo(200);
            csrfHeader = token.path("header");
            csrfToken = token.path("token");
        }
        return request().header(csrfHeader, csrfToken);
    }

    /** Keeps what the response set, and forgets what it expired. */
    public Response remember(Response response) {
        for (Cookie cookie : response.getDetailedCookies()) {
            if (cookie.getValue() == null || cookie.getValue().isEmpty() || cookie.getMaxAge() == 0) {
                cookies.remove(cookie.getName());
            } else {
                cookies.put(cookie.getName(), cookie.getValue());
            }
        }
        return response;
    }

    /** Path and query of a Location header, which may be absolute. */
    public static String localPath(String location) {
        if (location == null) {
            return null;
        }
        java.net.URI uri = java.net.URI.create(location);
        String path = uri.getRawPath() == null || uri.getRawPath().isEmpty() ? "/" : uri.getRawPath();
        return uri.getRawQuery() == null ? path : path + "?" + uri.getRawQuery();
    }

    /** The text of the elements of a page matched by a CSS selector. */
    public static List<String> texts(Document page, String css) {
        return page.select(css).eachText();
    }
}
