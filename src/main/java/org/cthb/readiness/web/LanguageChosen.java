package org.cthb.readiness.web;

/** A signed-in visitor chose a language; the account feature remembers it. */
public record LanguageChosen(String email, String language) {
}
