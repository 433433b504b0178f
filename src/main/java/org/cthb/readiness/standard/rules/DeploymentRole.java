package org.cthb.readiness.standard.rules;

import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/** The role a person deploys in, which decides the modules a minimum standard asks of them. */
public enum DeploymentRole {
    ALL_PERSONNEL("all personnel"),
    COMMANDER("commander"),
    MILITARY_POLICE("military police"),
    PROCUREMENT("procurement"),
    TRAINER("trainer");

    // Nations name roles in their own words; these are the ones the product brief uses.
    private static final Map<String, DeploymentRole> ALIASES = Map.of(
            "gendarmerie", MILITARY_POLICE,
            "contracting officer", PROCUREMENT);

    private final String label;

    DeploymentRole(String label) {
        this.label = label;
    }

    /** The lower-case words a person would write for this role, e.g. "military police". */
    public String label() {
        return label;
    }

    /** Reads a role from its constant name in any case, its label, or a known alias; empty when unknown. */
    public static Optional<DeploymentRole> parse(String text) {
        if (text == null) {
            return Optional.empty();
        }
        String wanted = text.strip().toLowerCase(Locale.ROOT).replace('_', ' ').replaceAll("\\s+", " ");
        for (DeploymentRole role : values()) {
            if (role.label.equals(wanted)) {
                return Optional.of(role);
            }
        }
        return Optional.ofNullable(ALIASES.get(wanted));
    }
}
