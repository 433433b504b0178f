package org.cthb.readiness.web;

import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Test;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;

@QuarkusTest
class LanguageTest {

    @Test
    void frenchIsChosenOnceAndRemembered() {
        var switched = given().redirects().follow(false).formParam("lang", "fr").formParam("next", "/signin")
                .post("/language");
        switched.then().statusCode(303).header("Location", containsString("/signin"));
        String cookie = switched.cookie(PageContext.LANGUAGE_COOKIE);
        assertThat(cookie).isEqualTo("fr");
        given().cookie(PageContext.LANGUAGE_COOKIE, cookie).get("/signin").then().statusCode(200)
                .body(containsString("<html lang=\"fr\">")).body(containsString("Se connecter"))
                .body(containsString(">Soutien<"));
    }

    @Test
    void browserLanguageIsTheDefaultAndSupportIsOnEveryPage() {
        given().header("Accept-Language", "fr-CA,fr;q=0.9").get("/support").then().statusCode(200)
                .body(containsString("Soutien et aide"));
        given().get("/").then().statusCode(200).body(containsString("class=\"support\""));
    }

    @Test
    void languageSwitchNeverRedirectsOffSite() {
        given().redirects().follow(false).formParam("lang", "en").formParam("next", "//evil.example")
                .post("/language").then().statusCode(303)
                .header("Location", org.hamcrest.Matchers.endsWith("/"));
    }
}
