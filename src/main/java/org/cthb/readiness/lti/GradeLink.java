package org.cthb.readiness.lti;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** A learner's module whose score goes to a platform's line item (learned from a launch's AGS claim). */
@Entity
@Table(name = "lti_grade_link")
public class GradeLink extends PanacheEntityBase {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    @Column(name = "account_id")
    public long accountId;

    @Column(name = "platform_id")
    public long platformId;

    public String subject;

    @Column(name = "module_id")
    public String moduleId;

    @Column(name = "line_item")
    public String lineItem;

    /** SHA-256 of the line item URL, for the unique key (URLs are too long for one). */
    @Column(name = "line_item_hash")
    public String lineItemHash;
}
