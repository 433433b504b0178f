package org.cthb.readiness.crawl;

import org.junit.platform.launcher.LauncherSession;
import org.junit.platform.launcher.LauncherSessionListener;

/**
 * Before any test: removes the pseudo-language's message files that an interrupted earlier run left among the test
 * classes, where they would hide the service's French messages from every build of the service in this run.
 */
public class LeftoverPseudoLanguageFiles implements LauncherSessionListener {

    @Override
    public void launcherSessionOpened(LauncherSession session) {
        PseudoLanguage.removeMessageFiles();
    }
}
