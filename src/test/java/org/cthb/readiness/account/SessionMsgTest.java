package org.cthb.readiness.account;

import io.quarkus.qute.i18n.Message;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.io.InputStreamReader;
import java.lang.reflect.Method;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Properties;
import java.util.Set;
import java.util.stream.Collectors;

import static org.assertj.core.api.Assertions.assertThat;

class SessionMsgTest {

    @Test
    void everyMessageHasAFrenchTranslation() throws IOException {
        Properties french = new Properties();
        try (var in = getClass().getResourceAsStream("/messages/sessionmsg_fr.properties")) {
            french.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        }
        Set<String> keys = Arrays.stream(SessionMsg.class.getMethods()).filter(m -> m.isAnnotationPresent(Message.class))
                .map(Method::getName).collect(Collectors.toSet());
        assertThat(keys).isNotEmpty();
        assertThat(french.stringPropertyNames()).containsAll(keys);
        keys.forEach(k -> assertThat(french.getProperty(k)).as(k).isNotBlank());
    }
}
