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

class SignInMsgTest {

    @Test
    void everySignInMessageHasAFrenchTranslation() throws IOException {
        Properties french = new Properties();
        try (var in = getClass().getResourceAsStream("/messages/signin_fr.properties")) {
            french.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        }
        Set<String> keys = Arrays.stream(SignInMsg.class.getMethods()).filter(m -> m.isAnnotationPresent(Message.class))
                .map(Method::getName).collect(Collectors.toSet());
        assertThat(keys).isNotEmpty();
        assertThat(french.stringPropertyNames()).containsAll(keys);
        keys.forEach(k -> assertThat(french.getProperty(k)).as(k).isNotBlank());
    }

    @Test
    void theDelayDoublesAfterTheFreeFailuresUpToTheCap() {
        java.time.Duration second = java.time.Duration.ofSeconds(1);
        java.time.Duration cap = java.time.Duration.ofMinutes(15);
        assertThat(LoginThrottle.delayAfter(4, 5, second, cap)).isZero();
        assertThat(LoginThrottle.delayAfter(5, 5, second, cap)).isEqualTo(second);
        assertThat(LoginThrottle.delayAfter(8, 5, second, cap)).isEqualTo(java.time.Duration.ofSeconds(8));
        assertThat(LoginThrottle.delayAfter(15, 5, second, cap)).isEqualTo(cap);
        assertThat(LoginThrottle.delayAfter(Integer.MAX_VALUE, 5, second, cap)).isEqualTo(cap);
    }
}
