package org.cthb.readiness.roster;

import org.cthb.readiness.error.Conflict;
import org.cthb.readiness.web.PageContext;
import io.quarkus.arc.Arc;
import io.quarkus.qute.i18n.Localized;
import io.quarkus.qute.i18n.MessageBundles;

/** A committed import refused (409) because another import of the same nation is still running. */
public class ImportRunning extends Conflict {

    private final transient ImportProgress running;

    public ImportRunning(ImportProgress running) {
        super("import", text(running));
        this.running = running;
    }

    /** The import that is running, to follow it. */
    public ImportProgress running() {
        return running;
    }

    /** The refusal in the language of the request (English outside one). */
    private static String text(ImportProgress run) {
        String lang = "en";
        if (Arc.container() != null && Arc.container().requestContext().isActive()) {
            lang = Arc.container().instance(PageContext.class).get().lang();
        }
        return MessageBundles.get(RosterImportMsg.class, Localized.Literal.of(lang)).already_running(run.id(),
                run.rowsWritten(), run.rowsRead(), run.startedBy());
    }
}
