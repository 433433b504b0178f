package org.cthb.readiness;

import io.restassured.response.Response;
import io.restassured.specification.RequestSpecification;

import static io.restassured.RestAssured.given;

/** Adds the CSRF cookie and header that form and multipart requests need, as a script would. */
public final class Csrf {

    private Csrf() {
    }

    public static RequestSpecification with(RequestSpecification request) {
        Response token = given().get("/api/csrf");
        return request.cookies(token.cookies()).header(token.path("header"), token.<String>path("token"));
    }
}
