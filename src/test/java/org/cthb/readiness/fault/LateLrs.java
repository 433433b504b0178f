package org.cthb.readiness.fault;

import com.sun.net.httpserver.HttpServer;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * A Learning Record Store whose process is not running at first: its port refuses connections, as a stopped or
 * unreachable LRS does, until {@link #start()}. It counts every statement it receives, by id.
 */
final class LateLrs {

    static final LateLrs INSTANCE = new LateLrs(unusedPort());

    final Map<String, AtomicInteger> deliveries = new ConcurrentHashMap<>();
    private final int port;
    private HttpServer server;

    private LateLrs(int port) {
        this.port = port;
    }

    String endpoint() {
        return "http://127.0.0.1:" + port + "/xapi";
    }

    synchronized void start() {
        if (server != null) {
            return;
        }
        try {
            server = HttpServer.create(new InetSocketAddress("127.0.0.1", port), 0);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        server.createContext("/xapi/statements", exchange -> {
            exchange.getRequestBody().readAllBytes();
            String id = exchange.getRequestURI().getQuery().replace("statementId=", "");
            deliveries.computeIfAbsent(id, k -> new AtomicInteger()).incrementAndGet();
            byte[] none = "".getBytes(StandardCharsets.UTF_8);
            exchange.sendResponseHeaders(204, -1);
            exchange.getResponseBody().write(none);
            exchange.close();
        });
        server.start();
    }

    synchronized void stop() {
        if (server != null) {
            server.stop(0);
            server = null;
        }
    }

    /** A port nothing listens on (yet): the operating system just handed it out and took it back. */
    static int unusedPort() {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
