package org.cthb.readiness.course.files;

import java.util.List;
import java.util.regex.Matcher;

/**
 * Holds the French to the glossary: where the English uses a term, its French counterpart uses the NATO French term,
 * and no French text uses a form the glossary says to avoid.
 */
final class GlossaryCheck {

    static final String PREFIX = "glossary: ";

    private GlossaryCheck() {
    }

    static void check(Glossary glossary, List<BilingualText> texts, Problems problems) {
        for (BilingualText text : texts) {
            for (Glossary.Term term : glossary.terms()) {
                Matcher english = term.enPattern().matcher(text.en());
                if (english.find() && !term.usedIn(text.fr())) {
                    problems.lint(text.frFile(), text.frLine(), PREFIX + "the English says \"" + english.group()
                            + "\" (" + text.enFile() + ":" + enLine(text, english.start()) + "); the French should say \""
                            + term.fr() + "\" (" + glossary.file() + ":" + term.line() + ")");
                }
                for (int i = 0; i < term.avoidPatterns().size(); i++) {
                    Matcher avoided = term.avoidPatterns().get(i).matcher(text.fr());
                    while (avoided.find()) {
                        problems.lint(text.frFile(), text.frLineAt(avoided.start()), PREFIX + "\"" + avoided.group()
                                + "\" is a form to avoid; say \"" + term.fr() + "\" (" + glossary.file() + ":"
                                + term.line() + ")");
                    }
                }
            }
        }
    }

    private static int enLine(BilingualText text, int offset) {
        if (!text.lines()) {
            return text.enLine();
        }
        return text.enLine() + (int) text.en().substring(0, offset).chars().filter(c -> c == '\n').count();
    }
}
