package org.cthb.readiness.course.files;

import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.error.MarkedYAMLException;
import org.yaml.snakeyaml.error.YAMLException;
import org.yaml.snakeyaml.nodes.MappingNode;
import org.yaml.snakeyaml.nodes.Node;
import org.yaml.snakeyaml.nodes.NodeTuple;
import org.yaml.snakeyaml.nodes.ScalarNode;
import org.yaml.snakeyaml.nodes.SequenceNode;

import java.io.StringReader;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * A YAML mapping that remembers the line of every key, and reports what is missing, misspelt or of the wrong
 * kind to the course's problem list instead of throwing: the validator wants every problem, not the first.
 */
final class YamlMap {

    private final String file;
    private final int lineOffset;
    private final Problems problems;
    private final int line;
    private final Map<String, NodeTuple> entries = new LinkedHashMap<>();

    private YamlMap(String file, int lineOffset, Problems problems, MappingNode node) {
        this.file = file;
        this.lineOffset = lineOffset;
        this.problems = problems;
        this.line = lineOf(node);
        for (NodeTuple tuple : node.getValue()) {
            String key = tuple.getKeyNode() instanceof ScalarNode s ? s.getValue() : String.valueOf(tuple.getKeyNode());
            if (entries.containsKey(key)) {
                problems.add(file, lineOf(tuple.getKeyNode()), "duplicate key '" + key + "' (first at line "
                        + lineOf(entries.get(key).getKeyNode()) + ")");
            }
            entries.putIfAbsent(key, tuple);
        }
    }

    /** Parses a whole YAML document that must be a mapping; a syntax error is reported with its line. */
    static Optional<YamlMap> parse(String file, String yaml, int lineOffset, Problems problems) {
        try {
            Node root = new Yaml(new LoaderOptions()).compose(new StringReader(yaml));
            if (root instanceof MappingNode mapping) {
                return Optional.of(new YamlMap(file, lineOffset, problems, mapping));
            }
            problems.add(file, lineOffset + 1, "expected a mapping of keys to values");
        } catch (MarkedYAMLException e) {
            int at = e.getProblemMark() == null ? 0 : e.getProblemMark().getLine();
            String context = e.getContext() == null || e.getContextMark() == null ? ""
                    : e.getContext() + " started at line " + (lineOffset + e.getContextMark().getLine() + 1) + ", ";
            problems.add(file, lineOffset + at + 1, "YAML syntax error: " + context + e.getProblem());
        } catch (YAMLException e) {
            problems.add(file, lineOffset + 1, "YAML syntax error: " + e.getMessage());
        }
        return Optional.empty();
    }

    int line() {
        return line;
    }

    String file() {
        return file;
    }

    int lineOf(String key) {
        NodeTuple tuple = entries.get(key);
        return tuple == null ? line : lineOf(tuple.getKeyNode());
    }

    void allowOnly(Set<String> allowed) {
        entries.forEach((key, tuple) -> {
            if (!allowed.contains(key)) {
                problems.add(file, lineOf(tuple.getKeyNode()), "unknown key '" + key + "'");
            }
        });
    }

    boolean has(String key) {
        return entries.containsKey(key);
    }

    String string(String key) {
        Node value = value(key);
        if (value == null) {
            return null;
        }
        if (value instanceof ScalarNode scalar && !scalar.getValue().isBlank()) {
            return scalar.getValue();
        }
        problems.add(file, lineOf(value), key + " must be a non-empty text");
        return null;
    }

    Integer integer(String key) {
        String text = string(key);
        if (text == null) {
            return null;
        }
        try {
            return Integer.parseInt(text.trim());
        } catch (NumberFormatException e) {
            problems.add(file, lineOf(key), key + " must be a whole number, not '" + text + "'");
            return null;
        }
    }

    Boolean bool(String key) {
        String text = string(key);
        if (text == null) {
            return null;
        }
        if (!text.equals("true") && !text.equals("false")) {
            problems.add(file, lineOf(key), key + " must be true or false, not '" + text + "'");
            return null;
        }
        return Boolean.valueOf(text);
    }

    /** A localised text: a mapping with exactly the keys en and fr. */
    Text text(String key) {
        Node value = value(key);
        if (value == null) {
            return null;
        }
        if (!(value instanceof MappingNode mapping)) {
            problems.add(file, lineOf(value), key + " must have an English (en) and a French (fr) text");
            return null;
        }
        YamlMap languages = new YamlMap(file, lineOffset, problems, mapping);
        Map<String, String> others = new java.util.TreeMap<>();
        for (String k : languages.entries.keySet()) {
            if (k.equals("en") || k.equals("fr")) {
                continue;
            }
            if (!CourseLanguages.isCode(k)) {
                problems.add(file, languages.lineOf(k), key + ": unexpected language '" + k
                        + "' (en, fr, or another two-letter language code such as de)");
            } else {
                String other = languages.string(k);
                if (other != null) {
                    others.put(k, other);
                }
            }
        }
        String en = languages.has("en") ? languages.string("en") : null;
        String fr = languages.has("fr") ? languages.string("fr") : null;
        if (!languages.has("en")) {
            problems.add(file, lineOf(key), key + ": missing English (en) text");
        }
        if (!languages.has("fr")) {
            problems.add(file, lineOf(key), key + ": missing French (fr) text");
        }
        if (en == null || fr == null) {
            return null;
        }
        problems.text(new BilingualText(file, languages.lineOf("en"), en, file, languages.lineOf("fr"), fr, false));
        return new Text(en, fr, others);
    }

    /** A text, or a list of texts (e.g. a term's accepted forms); empty with a problem when it is neither. */
    List<String> textOrTexts(String key) {
        Node value = value(key);
        if (value instanceof SequenceNode) {
            List<String> texts = strings(key).stream().filter(t -> !t.isBlank()).toList();
            if (texts.isEmpty()) {
                problems.add(file, lineOf(value), key + " must list at least one non-empty text");
            }
            return texts;
        }
        String text = string(key);
        return text == null ? List.of() : List.of(text);
    }

    List<String> strings(String key) {
        List<String> result = new ArrayList<>();
        for (Node item : sequence(key)) {
            if (item instanceof ScalarNode scalar) {
                result.add(scalar.getValue());
            } else {
                problems.add(file, lineOf(item), key + " must list texts");
            }
        }
        return result;
    }

    List<YamlMap> maps(String key) {
        List<YamlMap> result = new ArrayList<>();
        for (Node item : sequence(key)) {
            if (item instanceof MappingNode mapping) {
                result.add(new YamlMap(file, lineOffset, problems, mapping));
            } else {
                problems.add(file, lineOf(item), key + " must list mappings");
            }
        }
        return result;
    }

    /** Reports a required key that is absent; returns whether it is present. */
    boolean require(String... keys) {
        boolean all = true;
        for (String key : keys) {
            if (!has(key)) {
                problems.add(file, line, "missing required key '" + key + "'");
                all = false;
            }
        }
        return all;
    }

    private List<Node> sequence(String key) {
        Node value = value(key);
        if (value == null) {
            return List.of();
        }
        if (value instanceof SequenceNode sequence) {
            return sequence.getValue();
        }
        problems.add(file, lineOf(value), key + " must be a list");
        return List.of();
    }

    private Node value(String key) {
        NodeTuple tuple = entries.get(key);
        return tuple == null ? null : tuple.getValueNode();
    }

    private int lineOf(Node node) {
        return lineOffset + node.getStartMark().getLine() + 1;
    }
}
