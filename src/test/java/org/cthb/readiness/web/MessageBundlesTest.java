package org.cthb.readiness.web;

import io.quarkus.qute.i18n.Message;
import io.quarkus.qute.i18n.MessageBundle;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.lang.reflect.Method;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Properties;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/** Every message bundle of the service, found by scanning the compiled classes, so a new bundle cannot be missed. */
class MessageBundlesTest {

    /**
     * Quarkus 3.28 generates a bundle class that fails verification at start (VerifyError in resolve_0) once a
     * bundle holds more than 300 messages; texts belong in their feature's bundle long before that.
     */
    private static final int QUARKUS_BUNDLE_LIMIT = 300;

    @Test
    void everyMessageOfEveryBundleHasAFrenchTranslation() throws IOException {
        List<Class<?>> bundles = bundles();
        assertThat(bundles).hasSizeGreaterThan(3).contains(Msg.class);
        for (Class<?> bundle : bundles) {
            String name = bundle.getAnnotation(MessageBundle.class).value();
            Properties french = french(name);
            Set<String> keys = keys(bundle);
            assertThat(french.stringPropertyNames()).as("messages/%s_fr.properties", name).containsAll(keys);
            keys.forEach(k -> assertThat(french.getProperty(k)).as("%s_fr: %s", name, k).isNotBlank());
        }
    }

    @Test
    void noBundleReachesTheSizeQuarkusCanGenerate() throws IOException {
        for (Class<?> bundle : bundles()) {
            assertThat(keys(bundle)).as(bundle.getSimpleName()).hasSizeLessThan(QUARKUS_BUNDLE_LIMIT);
        }
    }

    private static Set<String> keys(Class<?> bundle) {
        return Arrays.stream(bundle.getMethods()).filter(m -> m.isAnnotationPresent(Message.class))
                .map(Method::getName).collect(Collectors.toSet());
    }

    private Properties french(String bundle) throws IOException {
        Properties french = new Properties();
        try (InputStream in = getClass().getResourceAsStream("/messages/" + bundle + "_fr.properties")) {
            assertThat(in).as("messages/%s_fr.properties", bundle).isNotNull();
            french.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        }
        return french;
    }

    private static List<Class<?>> bundles() throws IOException {
        Path root;
        try {
            root = Path.of(Msg.class.getProtectionDomain().getCodeSource().getLocation().toURI());
        } catch (URISyntaxException e) {
            throw new IOException(e);
        }
        try (Stream<Path> files = Files.walk(root.resolve("org/cthb/readiness"))) {
            return files.map(root::relativize).map(Path::toString).filter(f -> f.endsWith(".class"))
                    .filter(f -> !f.contains("$")).map(f -> f.replace('/', '.').replaceAll("\\.class$", ""))
                    .map(MessageBundlesTest::load).filter(c -> c.isInterface() && c.isAnnotationPresent(MessageBundle.class))
                    .toList();
        }
    }

    private static Class<?> load(String name) {
        try {
            return Class.forName(name, false, MessageBundlesTest.class.getClassLoader());
        } catch (ClassNotFoundException e) {
            throw new IllegalStateException(e);
        }
    }
}
