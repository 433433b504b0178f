package org.cthb.readiness.authoring;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.cthb.readiness.authoring.Comparison.Change;
import org.cthb.readiness.authoring.Comparison.ItemChange;
import org.cthb.readiness.authoring.Comparison.ModuleChange;
import org.cthb.readiness.course.files.CourseContent;
import org.cthb.readiness.course.files.CourseContent.ModuleContent;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.function.Function;

/**
 * Compares two contents field by field. Each part is flattened to paths such as {@code en.title} or
 * {@code options[b].feedback.fr}, so that a new field in the format is compared without a change here.
 */
final class ContentComparer {

    private static final ObjectMapper JSON = new ObjectMapper();

    private ContentComparer() {
    }

    static Comparison compare(String courseId, String from, String to, CourseContent a, CourseContent b) {
        List<String> courseFields = changedFields(courseOnly(a), courseOnly(b));
        List<ModuleChange> modules = new ArrayList<>();
        for (String id : union(a.modules(), b.modules(), ModuleContent::id)) {
            ModuleContent before = a.module(id).orElse(null);
            ModuleContent after = b.module(id).orElse(null);
            ModuleChange change = module(id, before, after);
            if (change != null) {
                modules.add(change);
            }
        }
        return new Comparison(courseId, from, to, courseFields, modules);
    }

    private static ModuleChange module(String id, ModuleContent before, ModuleContent after) {
        org.cthb.readiness.course.files.Text titles = (after != null ? after : before).title();
        String title = titles.en();
        if (before == null || after == null) {
            return new ModuleChange(id, title, before == null ? Change.ADDED : Change.REMOVED, List.of(), List.of(),
                    List.of(), titles);
        }
        List<String> fields = changedFields(moduleOnly(before), moduleOnly(after));
        List<ItemChange> lessons = items(before.lessons(), after.lessons(), CourseContent.LessonContent::name);
        List<ItemChange> questions = items(before.quiz().questions(), after.quiz().questions(),
                CourseContent.QuestionContent::id);
        if (fields.isEmpty() && lessons.isEmpty() && questions.isEmpty()) {
            return null;
        }
        return new ModuleChange(id, title, Change.CHANGED, fields, lessons, questions, titles);
    }

    private static <T> List<ItemChange> items(List<T> before, List<T> after, Function<T, String> key) {
        Map<String, T> old = index(before, key);
        Map<String, T> now = index(after, key);
        List<ItemChange> changes = new ArrayList<>();
        for (String id : union(before, after, key)) {
            if (!old.containsKey(id) || !now.containsKey(id)) {
                changes.add(new ItemChange(id, old.containsKey(id) ? Change.REMOVED : Change.ADDED, List.of()));
                continue;
            }
            List<String> fields = changedFields(JSON.valueToTree(old.get(id)), JSON.valueToTree(now.get(id)));
            if (!fields.isEmpty()) {
                changes.add(new ItemChange(id, Change.CHANGED, fields));
            }
        }
        return changes;
    }

    private static JsonNode courseOnly(CourseContent content) {
        ObjectNode node = JSON.valueToTree(content);
        node.remove("modules");
        node.put("modules", String.join(",", content.modules().stream().map(ModuleContent::id).toList()));
        return node;
    }

    private static JsonNode moduleOnly(ModuleContent module) {
        ObjectNode node = JSON.valueToTree(module);
        node.put("lessons", String.join(",", module.lessons().stream().map(CourseContent.LessonContent::name).toList()));
        ((ObjectNode) node.get("quiz")).remove("questions");
        return node;
    }

    static List<String> changedFields(JsonNode a, JsonNode b) {
        Map<String, String> before = new LinkedHashMap<>();
        Map<String, String> after = new LinkedHashMap<>();
        flatten("", a, before);
        flatten("", b, after);
        Set<String> paths = new LinkedHashSet<>(before.keySet());
        paths.addAll(after.keySet());
        return paths.stream().filter(p -> !Objects.equals(before.get(p), after.get(p))).toList();
    }

    private static void flatten(String path, JsonNode node, Map<String, String> into) {
        if (node.isObject()) {
            node.fields().forEachRemaining(e -> flatten(join(path, e.getKey()), e.getValue(), into));
        } else if (node.isArray() && node.size() > 0 && node.get(0).has("id")) {
            node.forEach(item -> flatten(path + "[" + item.get("id").asText() + "]", item, into));
        } else {
            into.put(path, node.isValueNode() || node.isNull() ? node.asText() : node.toString());
        }
    }

    private static String join(String path, String key) {
        return path.isEmpty() ? key : path + "." + key;
    }

    private static <T> Map<String, T> index(List<T> items, Function<T, String> key) {
        Map<String, T> map = new LinkedHashMap<>();
        items.forEach(item -> map.put(key.apply(item), item));
        return map;
    }

    private static <T> Set<String> union(List<T> a, List<T> b, Function<T, String> key) {
        Set<String> ids = new LinkedHashSet<>();
        a.forEach(item -> ids.add(key.apply(item)));
        b.forEach(item -> ids.add(key.apply(item)));
        return ids;
    }
}
