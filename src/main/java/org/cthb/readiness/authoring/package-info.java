/** Authoring in the browser: drafts of a course, edited, checked, compared, exported and published as versions. */
package org.cthb.readiness.authoring;
