package org.cthb.readiness;

import io.restassured.response.Response;
import io.restassured.specification.RequestSpecification;

import java.util.HashMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

/** Signs in through the sign-in form as a browser does, and keeps the cookies it was given (session and CSRF). */
public final class Sessions {

    private static final Pattern ACTION = Pattern.compile("action=\"(/j_security_check[^\"]*)\"");
    private static final Pattern TOKEN = Pattern.compile("name=\"csrf-token\" value=\"([^\"]+)\"");

    private Sessions() {
    }

    /** The sign-in form's action, with its token, and the cookie that goes with it. */
    public record SignInForm(String action, Map<String, String> cookies) {
    }

    public static SignInForm signInForm() {
        Response page = given().get("/signin");
        Matcher action = ACTION.matcher(page.asString());
        assertThat(action.find()).as(page.asString()).isTrue();
        return new SignInForm(action.group(1).replace("&amp;", "&"), page.cookies());
    }

    /** Cookies of a signed-in browser: the session and the CSRF cookie. */
    public static Map<String, String> signIn(String email) {
        SignInForm form = signInForm();
        Response response = given().redirects().follow(false).cookies(form.cookies()).formParam("email", email)
                .formParam("password", TestAccounts.PASSWORD).post(form.action());
        assertThat(response.statusCode()).as(response.asString()).isEqualTo(302);
        Map<String, String> cookies = new HashMap<>(form.cookies());
        cookies.putAll(response.cookies());
        assertThat(cookies).containsKey("cthb-session");
        return cookies;
    }

    /** A request as that browser. */
    public static RequestSpecification as(Map<String, String> cookies) {
        return given().redirects().follow(false).cookies(cookies);
    }

    /** The CSRF token the page's forms carry. */
    public static String formToken(String html) {
        Matcher token = TOKEN.matcher(html);
        assertThat(token.find()).as(html).isTrue();
        return token.group(1);
    }
}
