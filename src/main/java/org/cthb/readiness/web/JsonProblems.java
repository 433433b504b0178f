package org.cthb.readiness.web;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.exc.InvalidFormatException;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import com.fasterxml.jackson.databind.exc.UnrecognizedPropertyException;

import java.util.List;

/**
 * Says in words what is wrong with a JSON body Jackson could not read: where (line and column) for JSON that does
 * not parse, which field and what it takes for JSON of the wrong shape.
 */
final class JsonProblems {

    /** What to tell the caller: the field at fault ({@code body} when it is the whole of it) and why. */
    record Described(String field, String message) {
    }

    private JsonProblems() {
    }

    static Described describe(JsonProcessingException e) {
        String where = where(e.getLocation());
        if (e instanceof JsonMappingException mapping && !(e instanceof MismatchedInputException)
                && mapping.getPath().isEmpty()) {
            return new Described("body", "the request body could not be read" + where + ": " + e.getOriginalMessage());
        }
        if (e instanceof JsonMappingException mapping) {
            String field = path(mapping.getPath());
            return new Described(field.isEmpty() ? "body" : field, shape(e, field) + where);
        }
        return new Described("body", "the request body is not valid JSON" + where + ": " + firstLine(
                e.getOriginalMessage()));
    }

    private static String shape(JsonProcessingException e, String field) {
        String subject = field.isEmpty() ? "the request body" : field;
        if (e instanceof UnrecognizedPropertyException unknown) {
            return subject + " is not a known field; known fields: " + unknown.getKnownPropertyIds();
        }
        if (e instanceof InvalidFormatException format) {
            return subject + " must be " + expected(format.getTargetType()) + ", not " + quoted(format.getValue());
        }
        if (e instanceof MismatchedInputException mismatch && mismatch.getTargetType() != null) {
            return subject + " must be " + expected(mismatch.getTargetType());
        }
        return subject + ": " + firstLine(e.getOriginalMessage());
    }

    /** The target type in words a script writer understands. */
    private static String expected(Class<?> type) {
        if (type == int.class || type == Integer.class || type == long.class || type == Long.class
                || type == short.class || type == Short.class) {
            return "a whole number";
        }
        if (type == boolean.class || type == Boolean.class) {
            return "true or false";
        }
        if (type == String.class) {
            return "a string";
        }
        if (type.isEnum()) {
            return "one of " + List.of(type.getEnumConstants());
        }
        if (java.util.Collection.class.isAssignableFrom(type) || type.isArray()) {
            return "a list";
        }
        if (java.time.temporal.Temporal.class.isAssignableFrom(type)) {
            return "a date (yyyy-mm-dd)";
        }
        return "an object";
    }

    private static String path(List<JsonMappingException.Reference> path) {
        StringBuilder field = new StringBuilder();
        for (JsonMappingException.Reference ref : path) {
            if (ref.getFieldName() != null) {
                field.append(field.isEmpty() ? "" : ".").append(ref.getFieldName());
            } else if (ref.getIndex() >= 0) {
                field.append('[').append(ref.getIndex()).append(']');
            }
        }
        return field.toString();
    }

    private static String where(JsonLocation location) {
        if (location == null || location.getLineNr() < 1) {
            return "";
        }
        return " (line " + location.getLineNr() + ", column " + location.getColumnNr() + ")";
    }

    private static String quoted(Object value) {
        return value instanceof String s ? "'" + s + "'" : String.valueOf(value);
    }

    private static String firstLine(String message) {
        if (message == null) {
            return "";
        }
        int end = message.indexOf('\n');
        return end < 0 ? message : message.substring(0, end);
    }
}
