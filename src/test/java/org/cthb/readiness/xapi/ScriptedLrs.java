package org.cthb.readiness.xapi;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Learning Record Stores on loopback, one per nation, each told how to behave: accept, hang (hold the request
 * without answering until told to stop), refuse the statement (400 with a reason) or be down (503).
 */
final class ScriptedLrs {

    enum Mode { ACCEPT, HANG, REFUSE, DOWN }

    static final ScriptedLrs INSTANCE = new ScriptedLrs();

    final Map<String, Mode> modes = new ConcurrentHashMap<>();
    /** Statements received per nation: statement id to body. */
    final Map<String, Map<String, String>> received = new ConcurrentHashMap<>();
    final Map<String, AtomicInteger> deliveries = new ConcurrentHashMap<>();
    final Map<String, AtomicInteger> hanging = new ConcurrentHashMap<>();
    final Map<String, AtomicInteger> calls = new ConcurrentHashMap<>();
    private volatile CountDownLatch release = new CountDownLatch(1);
    private final HttpServer server;

    private ScriptedLrs() {
        try {
            server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        // A thread per request: a hanging nation must not hold up the others here either.
        server.setExecutor(Executors.newCachedThreadPool());
        server.createContext("/lrs/", this::handle);
        server.start();
    }

    String endpoint(String nation) {
        return "http://127.0.0.1:" + server.getAddress().getPort() + "/lrs/" + nation;
    }

    Map<String, String> of(String nation) {
        return received.computeIfAbsent(nation, n -> new ConcurrentHashMap<>());
    }

    int hangingNow(String nation) {
        return hanging.computeIfAbsent(nation, n -> new AtomicInteger()).get();
    }

    int calls(String nation) {
        return calls.computeIfAbsent(nation, n -> new AtomicInteger()).get();
    }

    /** Lets every held request go (they then fail) and sets the nation's mode. */
    void set(String nation, Mode mode) {
        modes.put(nation, mode);
        if (mode != Mode.HANG) {
            release.countDown();
            release = new CountDownLatch(1);
        }
    }

    private void handle(HttpExchange exchange) throws IOException {
        String nation = exchange.getRequestURI().getPath().split("/")[2];
        String body = new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8);
        calls.computeIfAbsent(nation, n -> new AtomicInteger()).incrementAndGet();
        switch (modes.getOrDefault(nation, Mode.ACCEPT)) {
            case HANG -> {
                AtomicInteger held = hanging.computeIfAbsent(nation, n -> new AtomicInteger());
                held.incrementAndGet();
                try {
                    release.await(120, TimeUnit.SECONDS);
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                } finally {
                    held.decrementAndGet();
                }
                exchange.close();
            }
            case REFUSE -> answer(exchange, 400, "{\"error\":\"bad statement: context.platform is not allowed\"}");
            case DOWN -> answer(exchange, 503, "");
            case ACCEPT -> {
                String id = exchange.getRequestURI().getQuery().replace("statementId=", "");
                of(nation).put(id, body);
                deliveries.computeIfAbsent(id, k -> new AtomicInteger()).incrementAndGet();
                exchange.sendResponseHeaders(204, -1);
                exchange.close();
            }
        }
    }

    private static void answer(HttpExchange exchange, int status, String body) throws IOException {
        byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
        exchange.getResponseHeaders().add("Content-Type", "application/json");
        exchange.sendResponseHeaders(status, bytes.length == 0 ? -1 : bytes.length);
        if (bytes.length > 0) {
            exchange.getResponseBody().write(bytes);
        }
        exchange.close();
    }
}
