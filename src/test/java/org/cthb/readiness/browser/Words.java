package org.cthb.readiness.browser;

/** The texts a learner should read in each language; the tests look for them on the pages. */
record Words(String lang, String myTraining, String signOut, String alternativeNotice, String notPassed,
             String passed, String paragraph, String allAnswered, String statusPassed) {

    static final Words ENGLISH = new Words("en", "My training", "Sign out",
            "You are reading the non-graphic version of this lesson.",
            "You did not reach the pass mark this time.", "You passed this module.", "Policy paragraph %s",
            "5 of 5 questions answered", "Passed");

    static final Words FRENCH = new Words("fr", "Ma formation", "Se déconnecter",
            "Vous lisez la version non explicite de cette leçon.",
            "Vous n'avez pas atteint le seuil de réussite cette fois.", "Vous avez réussi ce module.",
            "Paragraphe %s de la politique", "5 questions répondues sur 5", "Réussi");

    static Words in(String lang) {
        return "fr".equals(lang) ? FRENCH : ENGLISH;
    }

    String paragraph(String number) {
        return paragraph.formatted(number);
    }
}
