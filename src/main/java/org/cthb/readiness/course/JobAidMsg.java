package org.cthb.readiness.course;

import io.quarkus.qute.i18n.Message;
import io.quarkus.qute.i18n.MessageBundle;

/** The texts of the job-aid downloads ({@code jobaid:} in templates); French in {@code messages/jobaid_fr.properties}. */
@MessageBundle(value = "jobaid", locale = "en")
public interface JobAidMsg {

    @Message("Job aid (one page):")
    String heading();

    @Message("Job aid for {module}: PDF, English")
    String link_en(String module);

    @Message("Job aid for {module}: PDF, French")
    String link_fr(String module);

    @Message("{course} · {module} · course version {version}")
    String subtitle(String course, String module, int version);

    @Message("References such as (p27) are to paragraphs of the NATO Policy on Combatting Trafficking in Human Beings (2023). Keep this page with you; it does not replace your orders.")
    String footer();
}
