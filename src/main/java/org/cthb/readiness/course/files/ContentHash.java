package org.cthb.readiness.course.files;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/**
 * The identity of a course's content: SHA-256 of its canonical JSON. Computed on the parsed content, not on
 * bytes, so that re-formatting the YAML or exporting and re-importing yields the same hash.
 */
public final class ContentHash {

    private static final ObjectMapper CANONICAL = new ObjectMapper()
            .configure(SerializationFeature.ORDER_MAP_ENTRIES_BY_KEYS, true);

    private ContentHash() {
    }

    public static String of(CourseContent content) {
        try {
            byte[] json = CANONICAL.writeValueAsString(content).getBytes(StandardCharsets.UTF_8);
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(json));
        } catch (JsonProcessingException | NoSuchAlgorithmException e) {
            throw new IllegalStateException("Course content cannot be hashed", e);
        }
    }

    /** The JSON a version is stored as; the same canonical form the hash is computed on. */
    public static String json(CourseContent content) {
        try {
            return CANONICAL.writeValueAsString(content);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("Course content cannot be serialised", e);
        }
    }

    public static CourseContent parse(String json) {
        try {
            return CANONICAL.readValue(json, CourseContent.class);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("Stored course content is unreadable", e);
        }
    }
}
