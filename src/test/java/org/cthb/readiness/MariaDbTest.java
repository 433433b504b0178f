package org.cthb.readiness;

import io.quarkus.test.common.QuarkusTestResource;
import org.cthb.readiness.database.EmbeddedMariaDbResource;

/** Puts every {@code @QuarkusTest} of the suite on one real embedded MariaDB. */
@QuarkusTestResource(EmbeddedMariaDbResource.class)
public final class MariaDbTest {

    private MariaDbTest() {
    }
}
