package org.cthb.readiness.authoring;

import jakarta.ws.rs.core.MultivaluedMap;
import org.cthb.readiness.course.files.Text;
import org.cthb.readiness.error.InvalidInput;

/**
 * The fields of a posted authoring form. Texts are kept as typed (the validator judges them, with its own
 * messages); numbers that cannot be read are refused naming the field.
 */
final class AuthorForm {

    private final MultivaluedMap<String, String> fields;

    AuthorForm(MultivaluedMap<String, String> fields) {
        this.fields = fields;
    }

    /** The revision the form was loaded with; every save names it. */
    int revision() {
        if (!has("revision")) {
            throw new InvalidInput("revision", "the form does not say which revision of the draft it edits");
        }
        return integer("revision");
    }

    boolean has(String name) {
        return fields.getFirst(name) != null;
    }

    /** A text field, with Windows line ends made Unix ones; empty when absent. */
    String string(String name) {
        String value = fields.getFirst(name);
        return value == null ? "" : value.replace("\r\n", "\n");
    }

    /** An optional text: null when left empty. */
    String optional(String name) {
        String value = string(name);
        return value.isBlank() ? null : value;
    }

    /** Both languages of a field named {@code name_en} and {@code name_fr}. */
    Text text(String name) {
        return text(name, null);
    }

    /**
     * A text edited: English and French from {@code name_en} and {@code name_fr}; each further configured language
     * from its {@code name_xx} field when the form has one (emptied: the text shows in English), else as it was, so
     * an edit never drops a translation the form did not show.
     */
    Text text(String name, Text old) {
        java.util.Map<String, String> others = new java.util.TreeMap<>(old == null ? java.util.Map.of() : old.others());
        for (String language : org.cthb.readiness.web.Languages.supported()) {
            if (org.cthb.readiness.web.Languages.OFFICIAL.contains(language) || !has(name + "_" + language)) {
                continue;
            }
            String value = string(name + "_" + language).strip();
            if (value.isEmpty()) {
                others.remove(language);
            } else {
                others.put(language, value);
            }
        }
        return new Text(string(name + "_en").strip(), string(name + "_fr").strip(), others);
    }

    int integer(String name) {
        String value = string(name).strip();
        try {
            return Integer.parseInt(value);
        } catch (NumberFormatException e) {
            throw new InvalidInput(name, name + " must be a whole number, not '" + value + "'");
        }
    }

    boolean checked(String name) {
        return has(name);
    }
}
