package org.cthb.readiness.web;

import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.ext.ParamConverter;
import jakarta.ws.rs.ext.ParamConverterProvider;
import jakarta.ws.rs.ext.Provider;
import org.cthb.readiness.error.InvalidInput;
import org.cthb.readiness.error.NotFound;
import org.cthb.readiness.error.ServiceException;

import java.lang.annotation.Annotation;
import java.lang.reflect.Type;
import java.util.function.Function;

/**
 * Converts whole-number parameters itself, so that {@code ?page=abc} answers 400 naming {@code page} and what it
 * takes, instead of the framework's anonymous 404. A path segment that is not a number is still a 404 (no such
 * thing), but one that says which segment.
 */
@Provider
public class NamedParameters implements ParamConverterProvider {

    @Override
    @SuppressWarnings("unchecked")
    public <T> ParamConverter<T> getConverter(Class<T> rawType, Type genericType, Annotation[] annotations) {
        Function<String, Object> parse;
        if (rawType == int.class || rawType == Integer.class) {
            parse = Integer::valueOf;
        } else if (rawType == long.class || rawType == Long.class) {
            parse = Long::valueOf;
        } else {
            return null;
        }
        Source source = source(annotations);
        if (source == null) {
            return null;
        }
        return (ParamConverter<T>) new WholeNumber(source, parse, rawType == int.class || rawType == Integer.class);
    }

    private record Source(String kind, String name) {
    }

    private static Source source(Annotation[] annotations) {
        for (Annotation a : annotations == null ? new Annotation[0] : annotations) {
            if (a instanceof QueryParam q) {
                return new Source("query parameter", q.value());
            }
            if (a instanceof PathParam p) {
                return new Source("path segment", p.value());
            }
            if (a instanceof HeaderParam h) {
                return new Source("header", h.value());
            }
        }
        return null;
    }

    private record WholeNumber(Source source, Function<String, Object> parse, boolean isInt)
            implements ParamConverter<Object> {

        @Override
        public Object fromString(String value) {
            if (value == null) {
                return null;
            }
            try {
                return parse.apply(value.strip());
            } catch (NumberFormatException e) {
                String message = source.kind() + " " + source.name() + " must be a whole number from "
                        + (isInt ? Integer.MIN_VALUE + " to " + Integer.MAX_VALUE : Long.MIN_VALUE + " to "
                        + Long.MAX_VALUE) + ", not '" + shortened(value) + "'";
                ServiceException refusal = source.kind().startsWith("path") ? new NotFound(source.name(), message)
                        : new InvalidInput(source.name(), message);
                // The framework passes a WebApplicationException through as it is; ProblemMapper reads the cause.
                throw new WebApplicationException(message, refusal, refusal.status());
            }
        }

        @Override
        public String toString(Object value) {
            return String.valueOf(value);
        }

        private static String shortened(String value) {
            return value.length() > 40 ? value.substring(0, 40) + "…" : value;
        }
    }
}
