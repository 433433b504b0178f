package org.cthb.readiness.standard;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * An edit of a standard: the version it was based on (0 for a nation's first overlay), a note for the record, and
 * the requirements per deployment role.
 */
public record StandardEdit(Integer basedOn, String note, JsonNode roles) {
}
