package org.cthb.readiness.lti;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import java.util.Optional;

/** A platform's user ({@code sub}) and the account they are here. */
@Entity
@Table(name = "lti_identity")
public class LtiIdentity extends PanacheEntityBase {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    @Column(name = "platform_id")
    public long platformId;

    public String subject;

    @Column(name = "account_id")
    public long accountId;

    static Optional<LtiIdentity> of(long platformId, String subject) {
        return find("platformId = ?1 and subject = ?2", platformId, subject).firstResultOptional();
    }
}
