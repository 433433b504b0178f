package org.cthb.readiness.support;

import org.cthb.readiness.course.files.Text;

/**
 * A helpline a learner can call or visit: its name, a phone number and/or an address, and when it answers, in both
 * languages. {@code nation} is the ISO 3166 alpha-3 code of the nation that listed it, or null for the shipped
 * default.
 */
public record Helpline(String nation, Text name, String phone, String url, Text hours) {

    /** The phone number as a {@code tel:} address: digits and a leading plus only. */
    public String telUri() {
        return phone == null ? null : "tel:" + phone.replaceAll("[^0-9+]", "");
    }
}
