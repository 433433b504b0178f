package org.cthb.readiness.browser;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.openqa.selenium.chrome.ChromeDriver;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.WebSocket;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Switches Chromium's network off and on with its network emulation ({@code Network.emulateNetworkConditions}):
 * on the page through ChromeDriver's {@code executeCdpCommand}, and on the site's service worker, which fetches for
 * the page from a target of its own that the page's emulation does not cover (a worker still on the network would
 * make "offline" pages come from the server). The worker's target is reached over the browser's DevTools endpoint,
 * which ChromeDriver names in its capabilities.
 */
final class NetworkSwitch implements AutoCloseable {

    private static final ObjectMapper JSON = new ObjectMapper();

    private final ChromeDriver driver;
    private final WebSocket socket;
    private final AtomicInteger ids = new AtomicInteger();
    private final Map<Integer, CompletableFuture<JsonNode>> replies = new ConcurrentHashMap<>();
    private final List<String> workerSessions = new ArrayList<>();

    NetworkSwitch(ChromeDriver driver) {
        this.driver = driver;
        @SuppressWarnings("unchecked")
        Map<String, Object> options = (Map<String, Object>) driver.getCapabilities().getCapability("goog:chromeOptions");
        String address = String.valueOf(options.get("debuggerAddress"));
        HttpClient http = HttpClient.newHttpClient();
        try {
            String version = http.send(HttpRequest.newBuilder(URI.create("http://" + address + "/json/version")).build(),
                    HttpResponse.BodyHandlers.ofString()).body();
            String url = JSON.readTree(version).get("webSocketDebuggerUrl").asText();
            this.socket = http.newWebSocketBuilder().buildAsync(URI.create(url), new Listener()).get(10, TimeUnit.SECONDS);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (Exception e) {
            throw new IllegalStateException("Chromium's DevTools endpoint at " + address + " did not answer", e);
        }
    }

    /** Network off (true) or back on (false), for the page and the service worker alike. */
    void offline(boolean off) {
        Map<String, Object> conditions = Map.of("offline", off, "latency", 0, "downloadThroughput", -1,
                "uploadThroughput", -1);
        driver.executeCdpCommand("Network.enable", Map.of());
        driver.executeCdpCommand("Network.emulateNetworkConditions", conditions);
        if (workerSessions.isEmpty()) {
            for (JsonNode target : send(null, "Target.getTargets", Map.of()).get("targetInfos")) {
                if ("service_worker".equals(target.get("type").asText())) {
                    workerSessions.add(send(null, "Target.attachToTarget", Map.of("targetId",
                            target.get("targetId").asText(), "flatten", true)).get("sessionId").asText());
                }
            }
        }
        for (String session : workerSessions) {
            send(session, "Network.enable", Map.of());
            send(session, "Network.emulateNetworkConditions", conditions);
        }
    }

    /** How many service workers the switch reaches: a test that relies on one checks there is. */
    int workers() {
        return workerSessions.size();
    }

    private JsonNode send(String session, String method, Map<String, Object> params) {
        int id = ids.incrementAndGet();
        Map<String, Object> message = new HashMap<>(Map.of("id", id, "method", method, "params", params));
        if (session != null) {
            message.put("sessionId", session);
        }
        CompletableFuture<JsonNode> reply = new CompletableFuture<>();
        replies.put(id, reply);
        try {
            socket.sendText(JSON.writeValueAsString(message), true).get(10, TimeUnit.SECONDS);
            JsonNode answer = reply.get(10, TimeUnit.SECONDS);
            if (answer.has("error")) {
                throw new IllegalStateException(method + ": " + answer.get("error"));
            }
            return answer.get("result");
        } catch (IllegalStateException e) {
            throw e;
        } catch (Exception e) {
            throw new IllegalStateException(method + " got no answer from Chromium", e);
        } finally {
            replies.remove(id);
        }
    }

    @Override
    public void close() {
        socket.sendClose(WebSocket.NORMAL_CLOSURE, "").orTimeout(5, TimeUnit.SECONDS).exceptionally(e -> null).join();
    }

    /** Collects a message's fragments, then completes the request it answers; events are not needed here. */
    private final class Listener implements WebSocket.Listener {

        private final StringBuilder text = new StringBuilder();

        @Override
        public CompletionStage<?> onText(WebSocket webSocket, CharSequence data, boolean last) {
            text.append(data);
            if (last) {
                try {
                    JsonNode message = JSON.readTree(text.toString());
                    CompletableFuture<JsonNode> reply = message.has("id")
                            ? replies.get(message.get("id").asInt()) : null;
                    if (reply != null) {
                        reply.complete(message);
                    }
                } catch (IOException e) {
                    // Not a message of ours.
                } finally {
                    text.setLength(0);
                }
            }
            webSocket.request(1);
            return null;
        }
    }
}
