package org.cthb.readiness.web;

import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.ext.Provider;
import jakarta.ws.rs.ext.ReaderInterceptor;
import jakarta.ws.rs.ext.ReaderInterceptorContext;
import org.cthb.readiness.error.InvalidInput;

import java.io.IOException;
import java.util.Arrays;

/**
 * Refuses a missing JSON body, or one that is just {@code null}, on every endpoint at once: Jackson reads both as
 * a null argument, which each endpoint would otherwise have to remember to check (several did not: 500).
 */
@Provider
public class JsonBodyRequired implements ReaderInterceptor {

    @Override
    public Object aroundReadFrom(ReaderInterceptorContext context) throws IOException {
        Object body = context.proceed();
        if (body == null && isJson(context.getMediaType()) && !optional(context)) {
            throw new InvalidInput("body", "a JSON object is required as the request body, and the body was "
                    + "missing or null");
        }
        return body;
    }

    private static boolean isJson(MediaType type) {
        return type != null && (type.getSubtype().equals("json") || type.getSubtype().endsWith("+json"));
    }

    private static boolean optional(ReaderInterceptorContext context) {
        return context.getAnnotations() != null
                && Arrays.stream(context.getAnnotations()).anyMatch(a -> a instanceof OptionalBody);
    }
}
