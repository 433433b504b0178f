package org.cthb.readiness.web;

import io.quarkus.qute.i18n.Message;
import io.quarkus.qute.i18n.MessageBundle;

/** Every text of the shell pages, in English; French in {@code messages/msg_fr.properties}. */
@MessageBundle(value = "msg", locale = "en")
public interface Msg {

    @Message("CTHB Readiness")
    String app_name();

    @Message("Skip to content")
    String skip_to_content();

    @Message("Main")
    String nav_main();

    @Message("Support")
    String support();

    @Message("Sign in")
    String sign_in();

    @Message("Sign out")
    String sign_out();

    @Message("Signed in as {user}")
    String signed_in_as(String user);

    @Message("E-mail")
    String email();

    @Message("Password")
    String password();

    @Message("Wrong e-mail or password, or too many attempts. Please try again later.")
    String sign_in_failed();

    @Message("Training on combatting trafficking in human beings, before you deploy.")
    String tagline();

    @Message("Home")
    String home();

    @Message("Accounts")
    String accounts();

    @Message("Create an account")
    String create_account();

    @Message("Role")
    String role();

    @Message("Nation")
    String nation();

    @Message("Nation (for nation officers)")
    String nation_for_officers();

    @Message("None")
    String none();

    @Message("Create")
    String create();

    @Message("Account {email} created.")
    String account_created(String email);

    @Message("Language")
    String language();

    @Message("Support and help")
    String support_title();

    @Message("This training covers a heavy subject. Some of us have lived through exploitation or know someone who has. If anything here brings up difficult feelings, you can pause at any time and come back later: your progress is kept, and nothing is lost by stopping.")
    String support_intro();

    @Message("Talk to someone you trust: your unit's medical officer, chaplain or padre, a psychologist or social worker, or your chain of command.")
    String support_people();

    @Message("Your nation's support service")
    String support_nation();

    @Message("If you are in danger now, call the local emergency number.")
    String support_emergency();

    @Message("Something went wrong")
    String error_title();

    @Message("Page not found")
    String not_found_title();

    @Message("You are not allowed to see this page.")
    String forbidden();

    @Message("Back to the home page")
    String back_home();

    @Message("Welcome")
    String welcome();

    @Message("Please sign in to continue your training.")
    String please_sign_in();
}
