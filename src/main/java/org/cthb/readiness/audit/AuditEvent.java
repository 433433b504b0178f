package org.cthb.readiness.audit;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import org.hibernate.annotations.Immutable;

import java.time.Instant;

/** One line of the audit log. Immutable here, and refused UPDATE and DELETE by database triggers. */
@Entity
@Immutable
@Table(name = "audit_event")
public class AuditEvent extends PanacheEntityBase {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    @Column(name = "occurred_at")
    public Instant occurredAt;

    public String actor;

    @Column(name = "actor_role")
    public String actorRole;

    public String action;

    @Column(name = "subject_type")
    public String subjectType;

    @Column(name = "subject_id")
    public String subjectId;

    @Column(name = "nation_iso3")
    public String nationIso3;

    @Column(name = "remote_address")
    public String remoteAddress;

    public String detail;
}
