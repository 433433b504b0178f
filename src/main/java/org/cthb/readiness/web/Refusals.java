package org.cthb.readiness.web;

import io.quarkus.arc.Arc;
import io.quarkus.qute.i18n.Localized;
import io.quarkus.qute.i18n.MessageBundles;

/** The refusal messages in the language of the current request, or in English outside a request. */
public final class Refusals {

    private Refusals() {
    }

    public static RefusalMsg inRequestLanguage() {
        String lang = "en";
        if (Arc.container().requestContext().isActive()) {
            lang = Arc.container().instance(PageContext.class).get().lang();
        }
        return MessageBundles.get(RefusalMsg.class, Localized.Literal.of(lang));
    }
}
