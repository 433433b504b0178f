package org.cthb.readiness.lti;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import java.time.Instant;

/** A verified deep-linking request waiting for the teacher's choice of modules. */
@Entity
@Table(name = "lti_deep_link")
public class DeepLinkRequest extends PanacheEntityBase {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    @Column(name = "token_hash")
    public String tokenHash;

    @Column(name = "platform_id")
    public long platformId;

    @Column(name = "deployment_id")
    public String deploymentId;

    @Column(name = "return_url")
    public String returnUrl;

    /** The platform's opaque {@code data}, returned as is. */
    public String data;

    /** Whether the platform accepts a line item with each link (it then keeps a grade column per module). */
    @Column(name = "line_items")
    public boolean lineItems;

    @Column(name = "created_at")
    public Instant createdAt;

    @Column(name = "used_at")
    public Instant usedAt;
}
