package org.cthb.readiness.web;

/**
 * Who may show a page of ours in a frame, beyond nobody: a feature that is embedded by other sites on purpose (LTI
 * launches inside a platform's iframe) says which origins, for which paths. Read on the I/O thread: never blocks.
 */
public interface FrameAncestors {

    /** Space-separated origins allowed to frame {@code path}, or empty for none (the default policy). */
    String allowedFor(String path);
}
