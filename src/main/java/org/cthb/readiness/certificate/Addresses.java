package org.cthb.readiness.certificate;

import io.vertx.core.http.HttpServerRequest;

/** The caller's address as rate limits see it (the forwarded one, when a trusted proxy sent it). */
final class Addresses {

    private Addresses() {
    }

    static String of(HttpServerRequest request) {
        return request.remoteAddress() == null ? "unknown" : request.remoteAddress().hostAddress();
    }
}
