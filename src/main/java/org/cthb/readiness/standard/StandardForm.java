package org.cthb.readiness.standard;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import jakarta.ws.rs.core.MultivaluedMap;
import org.cthb.readiness.error.InvalidInput;
import org.cthb.readiness.standard.rules.DeploymentRole;

import java.util.List;

/**
 * Turns the standards pages' form fields ({@code ALL_PERSONNEL.passMark}, {@code COMMANDER.modules}, ...) into the
 * same JSON the API takes, so that a page and the API save through one service call and one set of checks.
 */
final class StandardForm {

    private static final JsonNodeFactory JSON = JsonNodeFactory.instance;

    private StandardForm() {
    }

    static StandardEdit baseline(MultivaluedMap<String, String> form) {
        ObjectNode roles = JSON.objectNode();
        for (DeploymentRole role : DeploymentRole.values()) {
            String p = role.name() + ".";
            if (!form.containsKey(p + "passMark")) {
                continue;
            }
            ObjectNode rule = roles.putObject(role.name());
            rule.set("modules", list(form.get(p + "modules")));
            rule.set("passMark", number(form, p + "passMark"));
            rule.set("validityMonths", number(form, p + "validityMonths"));
            rule.put("inProcessingAllowed", "true".equals(form.getFirst(p + "inProcessingAllowed")));
            rule.set("graceDays", number(form, p + "graceDays"));
        }
        return new StandardEdit(basedOn(form), form.getFirst("note"), roles);
    }

    /** A role's rule is sent only where the officer filled something in; blank means "as the baseline". */
    static StandardEdit overlay(MultivaluedMap<String, String> form) {
        ObjectNode roles = JSON.objectNode();
        for (DeploymentRole role : DeploymentRole.values()) {
            String p = role.name() + ".";
            ObjectNode rule = JSON.objectNode();
            List<String> extra = form.get(p + "extraModules");
            if (extra != null && !extra.isEmpty()) {
                rule.set("extraModules", list(extra));
            }
            for (String field : List.of("passMark", "validityMonths", "graceDays")) {
                JsonNode value = number(form, p + field);
                if (!value.isNull()) {
                    rule.set(field, value);
                }
            }
            if ("false".equals(form.getFirst(p + "inProcessingAllowed"))) {
                rule.put("inProcessingAllowed", false);
            }
            if (!rule.isEmpty()) {
                roles.set(role.name(), rule);
            }
        }
        return new StandardEdit(basedOn(form), form.getFirst("note"), roles);
    }

    private static JsonNode list(List<String> values) {
        var array = JSON.arrayNode();
        if (values != null) {
            values.stream().filter(v -> !v.isBlank()).forEach(array::add);
        }
        return array;
    }

    private static JsonNode number(MultivaluedMap<String, String> form, String field) {
        String text = form.getFirst(field);
        if (text == null || text.isBlank()) {
            return JSON.nullNode();
        }
        try {
            return JSON.numberNode(Integer.parseInt(text.strip()));
        } catch (NumberFormatException e) {
            throw new InvalidInput("roles." + field, "roles." + field + " must be a whole number, not '" + text + "'");
        }
    }

    private static Integer basedOn(MultivaluedMap<String, String> form) {
        String text = form.getFirst("basedOn");
        try {
            return text == null ? null : Integer.valueOf(text.strip());
        } catch (NumberFormatException e) {
            throw new InvalidInput("basedOn", "basedOn must be a version number, not '" + text + "'");
        }
    }
}
