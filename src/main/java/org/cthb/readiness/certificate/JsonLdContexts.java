package org.cthb.readiness.certificate;

import com.apicatalog.jsonld.JsonLdError;
import com.apicatalog.jsonld.JsonLdErrorCode;
import com.apicatalog.jsonld.document.Document;
import com.apicatalog.jsonld.document.JsonDocument;
import com.apicatalog.jsonld.loader.DocumentLoader;
import com.apicatalog.jsonld.loader.DocumentLoaderOptions;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URI;
import java.util.Map;

/**
 * The JSON-LD contexts our credentials and the ones we recognise use, read from the class path
 * ({@code jsonld/}): nothing is ever fetched at run time, so signing and verifying work offline and nobody can
 * change what a term means under our feet. Any other context is refused with its URL.
 *
 * <p>The files are the contexts as published by the W3C and 1EdTech (taken from the
 * {@code @digitalcredentials/*-context} npm packages the verifiers use, so both sides canonicalise alike).
 */
final class JsonLdContexts implements DocumentLoader {

    private static final Map<String, String> FILES = Map.of(
            "https://www.w3.org/ns/credentials/v2", "credentials-v2.jsonld",
            "https://purl.imsglobal.org/spec/ob/v3p0/context-3.0.1.json", "ob-context-3.0.1.jsonld",
            "https://purl.imsglobal.org/spec/ob/v3p0/context-3.0.2.json", "ob-context-3.0.2.jsonld",
            "https://purl.imsglobal.org/spec/ob/v3p0/context-3.0.3.json", "ob-context-3.0.3.jsonld");

    /** After {@link #FILES}, which it reads. */
    static final JsonLdContexts INSTANCE = new JsonLdContexts();

    private final Map<String, Document> documents;

    private JsonLdContexts() {
        documents = new java.util.HashMap<>();
        FILES.forEach((url, file) -> documents.put(url, read(url, file)));
    }

    static boolean knows(String url) {
        return FILES.containsKey(url);
    }

    @Override
    public Document loadDocument(URI url, DocumentLoaderOptions options) throws JsonLdError {
        Document document = documents.get(url.toString());
        if (document == null) {
            throw new JsonLdError(JsonLdErrorCode.LOADING_REMOTE_CONTEXT_FAILED,
                    "The JSON-LD context " + url + " is not one we know; contexts are never fetched.");
        }
        return document;
    }

    private static Document read(String url, String file) {
        try (InputStream in = JsonLdContexts.class.getResourceAsStream("/jsonld/" + file)) {
            if (in == null) {
                throw new IllegalStateException("missing JSON-LD context resource jsonld/" + file);
            }
            JsonDocument document = JsonDocument.of(in);
            document.setDocumentUrl(URI.create(url));
            return document;
        } catch (JsonLdError e) {
            throw new IllegalStateException("unreadable JSON-LD context jsonld/" + file, e);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
