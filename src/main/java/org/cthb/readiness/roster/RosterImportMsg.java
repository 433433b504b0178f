package org.cthb.readiness.roster;

import io.quarkus.qute.i18n.Message;
import io.quarkus.qute.i18n.MessageBundle;

/**
 * Texts of a running roster import ({@code rosterimport:} in templates), in English; French in
 * {@code messages/rosterimport_fr.properties}. A bundle of its own: web/Msg is near the size at which Quarkus
 * 3.28.2 fails to start.
 */
@MessageBundle(value = "rosterimport", locale = "en")
public interface RosterImportMsg {

    @Message("Checking the file: {checked} rows checked so far; writing starts when every row has passed.")
    String checking(long checked);

    @Message("Import {id} of this nation is still running ({written} of {total} rows written, started by {by}): one import per nation runs at a time, so this one was not started. Follow the running import, and import again once it has ended.")
    String already_running(long id, long written, long total, String by);
}
