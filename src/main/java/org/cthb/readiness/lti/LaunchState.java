package org.cthb.readiness.lti;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import java.time.Instant;

/** The state and nonce of one login initiation; the launch that answers it uses it once. */
@Entity
@Table(name = "lti_launch_state")
public class LaunchState extends PanacheEntityBase {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    @Column(name = "state_hash")
    public String stateHash;

    public String nonce;

    @Column(name = "platform_id")
    public long platformId;

    @Column(name = "created_at")
    public Instant createdAt;

    @Column(name = "used_at")
    public Instant usedAt;
}
