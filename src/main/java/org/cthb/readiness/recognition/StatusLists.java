package org.cthb.readiness.recognition;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.enterprise.context.ApplicationScoped;
import org.cthb.readiness.certificate.BitstringStatusList;
import org.eclipse.microprofile.config.inject.ConfigProperty;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.List;
import java.util.Map;

/**
 * Checks a foreign credential's {@code BitstringStatusListEntry} against its issuer's status list, fetched at
 * upload time from the URL the (already verified) credential names. The list must be signed by the same trusted
 * issuer with the same keys, in either format. The URL is only ever one the trusted issuer signed, never one the
 * uploader chose. A list that cannot be fetched or read refuses the upload ({@code status_unreachable}): an
 * unknown status is not a valid one.
 */
@ApplicationScoped
class StatusLists {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final int MAX_BYTES = 4 * 1024 * 1024;

    @ConfigProperty(name = "cthb.recognition.status-list-timeout", defaultValue = "PT5S")
    Duration timeout;

    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5))
            .followRedirects(HttpClient.Redirect.NORMAL).build();

    /** Refuses the credential when an entry says it is revoked or suspended, or the status cannot be learnt. */
    void check(Map<String, Object> credential, String issuerId, IssuerKeys keys) {
        Object status = credential.get("credentialStatus");
        if (status == null) {
            return;
        }
        List<?> entries = status instanceof List<?> list ? list : List.of(status);
        for (Object node : entries) {
            if (!(node instanceof Map<?, ?> entry) || !"BitstringStatusListEntry".equals(entry.get("type"))) {
                throw new ForeignCredentialException(Refusal.STATUS_UNSUPPORTED, "credentialStatus of type "
                        + (node instanceof Map<?, ?> m ? m.get("type") : node) + "; only BitstringStatusListEntry is checked");
            }
            checkEntry(entry, issuerId, keys);
        }
    }

    private void checkEntry(Map<?, ?> entry, String issuerId, IssuerKeys keys) {
        String url = String.valueOf(entry.get("statusListCredential"));
        int index;
        try {
            index = Integer.parseInt(String.valueOf(entry.get("statusListIndex")));
        } catch (NumberFormatException e) {
            throw new ForeignCredentialException(Refusal.UNREADABLE, "statusListIndex is not a number");
        }
        Map<String, Object> list;
        try {
            list = UploadedCredential.parse(fetch(url)).verifiedBy(issuerId, keys);
        } catch (ForeignCredentialException e) {
            if (e.reason() == Refusal.STATUS_UNREACHABLE) {
                throw e;
            }
            throw new ForeignCredentialException(Refusal.STATUS_UNREACHABLE, "the status list at " + url
                    + " is not one its issuer signed: " + e.getMessage(), e);
        }
        BitstringStatusList bits;
        try {
            Map<?, ?> subject = (Map<?, ?>) list.get("credentialSubject");
            bits = BitstringStatusList.decode((String) subject.get("encodedList"));
        } catch (RuntimeException e) {
            throw new ForeignCredentialException(Refusal.STATUS_UNREACHABLE, "the status list at " + url
                    + " holds no readable encodedList", e);
        }
        if (index < 0 || index >= bits.size()) {
            throw new ForeignCredentialException(Refusal.STATUS_UNREACHABLE, "index " + index
                    + " lies outside the status list at " + url);
        }
        if (bits.isSet(index)) {
            throw new ForeignCredentialException(Refusal.REVOKED, entry.get("statusPurpose") + " bit " + index
                    + " is set in " + url);
        }
    }

    private String fetch(String url) {
        try {
            URI uri = URI.create(url);
            if (!"https".equals(uri.getScheme()) && !"http".equals(uri.getScheme())) {
                throw new IllegalArgumentException("not an http(s) URL");
            }
            HttpRequest request = HttpRequest.newBuilder(uri).timeout(timeout).header("Accept",
                    "application/vc+jwt, application/vc+ld+json, application/vc, application/ld+json, application/json")
                    .GET().build();
            HttpResponse<byte[]> response = http.send(request, HttpResponse.BodyHandlers.ofByteArray());
            if (response.statusCode() != 200) {
                throw new IOException("HTTP " + response.statusCode());
            }
            if (response.body().length > MAX_BYTES) {
                throw new IOException("larger than " + MAX_BYTES + " bytes");
            }
            return new String(response.body(), java.nio.charset.StandardCharsets.UTF_8);
        } catch (IOException | IllegalArgumentException e) {
            throw new ForeignCredentialException(Refusal.STATUS_UNREACHABLE, url + ": " + e.getMessage(), e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new ForeignCredentialException(Refusal.STATUS_UNREACHABLE, url + ": interrupted", e);
        }
    }

    static Map<String, Object> read(String json) throws IOException {
        return JSON.readValue(json, new TypeReference<>() { });
    }
}
