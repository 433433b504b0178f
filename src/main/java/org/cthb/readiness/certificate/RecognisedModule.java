package org.cthb.readiness.certificate;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;

/**
 * A module of a certificate that was recognised from a credential earned elsewhere instead of passed here: the
 * recognition it rests on, and its source (the trusted issuer's name) as it stood at issuance.
 */
@Embeddable
public class RecognisedModule {

    @Column(name = "recognition_id")
    public long recognitionId;
    @Column(name = "source_name")
    public String source;

    public RecognisedModule() {
    }

    public RecognisedModule(long recognitionId, String source) {
        this.recognitionId = recognitionId;
        this.source = source;
    }
}
