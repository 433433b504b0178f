package org.cthb.readiness.standard;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.cthb.readiness.error.InvalidInput;
import org.cthb.readiness.standard.rules.Baseline;
import org.cthb.readiness.standard.rules.DeploymentRole;
import org.cthb.readiness.standard.rules.Overlay;
import org.cthb.readiness.standard.rules.OverlayRule;
import org.cthb.readiness.standard.rules.Requirement;

import java.util.EnumMap;
import java.util.Iterator;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * Reads and writes the requirements of a standard as JSON, the form both the API and the stored versions use:
 * {@code {"ALL_PERSONNEL": {"modules": [...], "passMark": 80, ...}, "COMMANDER": {...}}}. Every problem names
 * its field, e.g. {@code roles.COMMANDER.passMark}.
 */
final class StandardCodec {

    private static final ObjectMapper JSON = new ObjectMapper();

    private StandardCodec() {
    }

    static Baseline baseline(JsonNode roles) {
        Map<DeploymentRole, Requirement> requirements = new EnumMap<>(DeploymentRole.class);
        forEachRole(roles, (role, node, field) -> requirements.put(role, new Requirement(
                modules(node, field + ".modules"), whole(node, field + ".passMark", true),
                whole(node, field + ".validityMonths", true), flag(node, field + ".inProcessingAllowed", true),
                whole(node, field + ".graceDays", true))));
        if (!requirements.containsKey(DeploymentRole.ALL_PERSONNEL)) {
            throw new InvalidInput("roles.ALL_PERSONNEL", "the baseline must state what all personnel must meet");
        }
        return new Baseline(requirements);
    }

    static Overlay overlay(String nation, JsonNode roles) {
        Map<DeploymentRole, OverlayRule> rules = new EnumMap<>(DeploymentRole.class);
        forEachRole(roles, (role, node, field) -> rules.put(role, new OverlayRule(
                modules(node, field + ".extraModules"), modules(node, field + ".droppedModules"),
                whole(node, field + ".passMark", false), whole(node, field + ".validityMonths", false),
                flag(node, field + ".inProcessingAllowed", false), whole(node, field + ".graceDays", false))));
        return new Overlay(nation, rules);
    }

    static String write(Object rolesMap) {
        try {
            return JSON.writeValueAsString(rolesMap);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("A standard could not be written as JSON", e);
        }
    }

    static JsonNode read(String stored) {
        try {
            return JSON.readTree(stored);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("A stored standard is not JSON: " + e.getOriginalMessage(), e);
        }
    }

    /** The stored form of a baseline: role name to requirement, roles in declaration order. */
    static ObjectNode tree(Baseline baseline) {
        ObjectNode roles = JSON.createObjectNode();
        for (DeploymentRole role : DeploymentRole.values()) {
            Requirement r = baseline.roles().get(role);
            if (r != null) {
                roles.set(role.name(), JSON.valueToTree(new RequirementJson(new TreeSet<>(r.modules()),
                        r.passMark(), r.validityMonths(), r.inProcessingAllowed(), r.graceDays())));
            }
        }
        return roles;
    }

    static ObjectNode tree(Overlay overlay) {
        ObjectNode roles = JSON.createObjectNode();
        for (DeploymentRole role : DeploymentRole.values()) {
            OverlayRule r = overlay.roles().get(role);
            if (r != null) {
                roles.set(role.name(), JSON.valueToTree(new OverlayRuleJson(new TreeSet<>(r.extraModules()),
                        new TreeSet<>(r.droppedModules()), r.passMark(), r.validityMonths(),
                        r.inProcessingAllowed(), r.graceDays())));
            }
        }
        return roles;
    }

    record RequirementJson(Set<String> modules, int passMark, int validityMonths, boolean inProcessingAllowed,
                           int graceDays) {
    }

    record OverlayRuleJson(Set<String> extraModules, Set<String> droppedModules, Integer passMark,
                           Integer validityMonths, Boolean inProcessingAllowed, Integer graceDays) {
    }

    private interface RoleReader {
        void read(DeploymentRole role, JsonNode node, String field);
    }

    private static void forEachRole(JsonNode roles, RoleReader reader) {
        if (roles == null || !roles.isObject()) {
            throw new InvalidInput("roles", "roles must be an object from deployment role to its requirement");
        }
        for (Iterator<Map.Entry<String, JsonNode>> it = roles.fields(); it.hasNext(); ) {
            Map.Entry<String, JsonNode> entry = it.next();
            String field = "roles." + entry.getKey();
            DeploymentRole role = DeploymentRole.parse(entry.getKey()).orElseThrow(() -> new InvalidInput(field,
                    "unknown deployment role '" + entry.getKey() + "'; known: " + java.util.Arrays.toString(
                            DeploymentRole.values())));
            if (!entry.getValue().isObject()) {
                throw new InvalidInput(field, "the requirement of " + role + " must be an object");
            }
            try {
                reader.read(role, entry.getValue(), field);
            } catch (IllegalArgumentException e) {
                throw new InvalidInput(field, e.getMessage());
            }
        }
    }

    private static Set<String> modules(JsonNode node, String field) {
        JsonNode list = node.get(leaf(field));
        Set<String> modules = new TreeSet<>();
        if (list == null || list.isNull()) {
            return modules;
        }
        if (!list.isArray()) {
            throw new InvalidInput(field, field + " must be a list of module ids");
        }
        for (JsonNode module : list) {
            if (!module.isTextual() || module.asText().isBlank()) {
                throw new InvalidInput(field, field + " must hold module ids, not " + module);
            }
            modules.add(module.asText().strip());
        }
        return modules;
    }

    private static Integer whole(JsonNode node, String field, boolean required) {
        JsonNode value = node.get(leaf(field));
        if (value == null || value.isNull()) {
            if (required) {
                throw new InvalidInput(field, field + " is required");
            }
            return null;
        }
        if (!value.canConvertToInt() || !value.isIntegralNumber()) {
            throw new InvalidInput(field, field + " must be a whole number, not " + value);
        }
        return value.intValue();
    }

    private static Boolean flag(JsonNode node, String field, boolean required) {
        JsonNode value = node.get(leaf(field));
        if (value == null || value.isNull()) {
            if (required) {
                throw new InvalidInput(field, field + " is required");
            }
            return null;
        }
        if (!value.isBoolean()) {
            throw new InvalidInput(field, field + " must be true or false, not " + value);
        }
        return value.booleanValue();
    }

    private static String leaf(String field) {
        return field.substring(field.lastIndexOf('.') + 1);
    }
}
