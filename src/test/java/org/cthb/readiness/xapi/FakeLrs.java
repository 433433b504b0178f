package org.cthb.readiness.xapi;

import com.sun.net.httpserver.HttpServer;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;

/** A Learning Record Store on loopback that can be switched down (503) and up again, and remembers what it got. */
final class FakeLrs {

    static final FakeLrs INSTANCE = new FakeLrs();

    final AtomicBoolean up = new AtomicBoolean(false);
    final AtomicInteger refused = new AtomicInteger();
    final Map<String, String> statements = new ConcurrentHashMap<>();
    final Map<String, AtomicInteger> deliveries = new ConcurrentHashMap<>();
    final Map<String, String> versions = new ConcurrentHashMap<>();
    private final HttpServer server;

    private FakeLrs() {
        try {
            server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        server.createContext("/xapi/statements", exchange -> {
            String body = new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8);
            if (!up.get()) {
                refused.incrementAndGet();
                exchange.sendResponseHeaders(503, -1);
                exchange.close();
                return;
            }
            String id = exchange.getRequestURI().getQuery().replace("statementId=", "");
            statements.put(id, body);
            deliveries.computeIfAbsent(id, k -> new AtomicInteger()).incrementAndGet();
            versions.put(id, String.valueOf(exchange.getRequestHeaders().getFirst("X-Experience-API-Version")));
            exchange.sendResponseHeaders(204, -1);
            exchange.close();
        });
        server.start();
    }

    String endpoint() {
        return "http://127.0.0.1:" + server.getAddress().getPort() + "/xapi";
    }
}
