package org.cthb.readiness.web;

import io.quarkus.qute.i18n.Message;
import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.io.InputStreamReader;
import java.lang.reflect.Method;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Properties;
import java.util.Set;
import java.util.stream.Collectors;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;

@QuarkusTest
class LanguageTest {

    @Test
    void everyMessageHasAFrenchTranslation() throws IOException {
        everyMessageHasAFrenchTranslation(Msg.class, "/messages/msg_fr.properties");
        everyMessageHasAFrenchTranslation(GuardMsg.class, "/messages/guard_fr.properties");
    }

    private void everyMessageHasAFrenchTranslation(Class<?> bundle, String file) throws IOException {
        Properties french = new Properties();
        try (var in = getClass().getResourceAsStream(file)) {
            french.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        }
        Set<String> keys = Arrays.stream(bundle.getMethods()).filter(m -> m.isAnnotationPresent(Message.class))
                .map(Method::getName).collect(Collectors.toSet());
        assertThat(french.stringPropertyNames()).containsAll(keys);
        keys.forEach(k -> assertThat(french.getProperty(k)).as(k).isNotBlank());
    }

    @Test
    void everyRefusalHasAFrenchTranslation() throws IOException {
        Properties french = new Properties();
        try (var in = getClass().getResourceAsStream("/messages/refusal_fr.properties")) {
            french.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        }
        Set<String> keys = Arrays.stream(RefusalMsg.class.getMethods())
                .filter(m -> m.isAnnotationPresent(Message.class)).map(Method::getName).collect(Collectors.toSet());
        assertThat(french.stringPropertyNames()).containsAll(keys);
        keys.forEach(k -> assertThat(french.getProperty(k)).as(k).isNotBlank());
    }

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
