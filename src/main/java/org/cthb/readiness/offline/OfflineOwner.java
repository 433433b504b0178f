package org.cthb.readiness.offline;

import io.quarkus.security.identity.SecurityIdentity;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Locale;

/**
 * The tag under which a browser keeps one account's offline copy and queue ({@code inject:offline.owner} in the
 * layout): derived from the account's sign-in name, so that on a shared phone one account's kept pages and queued
 * answers are never shown to nor sent as another; it does not spell the name out.
 */
@Named("offline")
@RequestScoped
public class OfflineOwner {

    @Inject
    SecurityIdentity identity;

    /** "" for a visitor who is not signed in. */
    public String owner() {
        if (identity.isAnonymous()) {
            return "";
        }
        return tag(identity.getPrincipal().getName());
    }

    static String tag(String name) {
        try {
            byte[] hash = MessageDigest.getInstance("SHA-256").digest(("cthb-offline:" + name.trim()
                    .toLowerCase(Locale.ROOT)).getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(hash, 0, 8);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every Java runtime", e);
        }
    }
}
