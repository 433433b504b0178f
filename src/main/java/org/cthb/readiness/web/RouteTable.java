package org.cthb.readiness.web;

import io.quarkus.arc.Arc;
import jakarta.enterprise.inject.Any;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.HttpMethod;
import jakarta.ws.rs.Path;

import java.lang.annotation.Annotation;
import java.lang.reflect.Method;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Pattern;

/**
 * What the resource methods at a path take ({@code @Consumes}), read off the resource classes once, so that a 415
 * can say which content types the endpoint accepts.
 */
final class RouteTable {

    private record Route(Pattern path, String method, Set<String> consumes) {
    }

    private static volatile List<Route> routes;

    private RouteTable() {
    }

    /** The content types the endpoints at this method and path accept; empty when unknown. */
    static Set<String> accepted(String method, String path) {
        Set<String> types = new TreeSet<>();
        for (Route route : routes()) {
            if (route.method().equals(method) && route.path().matcher(path).matches()) {
                types.addAll(route.consumes());
            }
        }
        return types;
    }

    private static List<Route> routes() {
        if (routes == null) {
            List<Route> found = new ArrayList<>();
            Arc.container().beanManager().getBeans(Object.class, Any.Literal.INSTANCE).stream()
                    .map(bean -> bean.getBeanClass()).filter(c -> c.isAnnotationPresent(Path.class)).distinct()
                    .forEach(c -> read(c, found));
            routes = List.copyOf(found);
        }
        return routes;
    }

    private static void read(Class<?> resource, List<Route> into) {
        String base = resource.getAnnotation(Path.class).value();
        Consumes classConsumes = resource.getAnnotation(Consumes.class);
        for (Method m : resource.getMethods()) {
            String verb = verb(m);
            if (verb == null) {
                continue;
            }
            Path sub = m.getAnnotation(Path.class);
            Consumes consumes = m.isAnnotationPresent(Consumes.class) ? m.getAnnotation(Consumes.class)
                    : classConsumes;
            into.add(new Route(template(base + (sub == null ? "" : "/" + sub.value())), verb,
                    consumes == null ? Set.of() : Set.of(consumes.value())));
        }
    }

    private static String verb(Method m) {
        for (Annotation a : m.getAnnotations()) {
            HttpMethod http = a.annotationType().getAnnotation(HttpMethod.class);
            if (http != null) {
                return http.value();
            }
        }
        return null;
    }

    /** {@code /api/nations/{iso3}/roster} becomes a pattern in which each {@code {name}} is one segment. */
    private static Pattern template(String path) {
        String clean = ("/" + path).replaceAll("/+", "/").replaceAll("(.)/$", "$1");
        StringBuilder regex = new StringBuilder();
        for (String part : clean.split("(?=\\{)|(?<=\\})")) {
            regex.append(part.startsWith("{") ? "[^/]+" : Pattern.quote(part));
        }
        return Pattern.compile(regex.toString());
    }
}
