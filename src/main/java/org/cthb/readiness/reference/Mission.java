package org.cthb.readiness.reference;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import java.util.List;
import java.util.Locale;

/** An operation, mission or activity that personnel deploy to. */
@Entity
@Table(name = "mission")
public class Mission extends PanacheEntityBase {

    @Id
    @Column(name = "code")
    public String code;

    @Column(name = "name_en")
    public String nameEn;

    @Column(name = "name_fr")
    public String nameFr;

    @Column(name = "host_area_en")
    public String hostAreaEn;

    @Column(name = "host_area_fr")
    public String hostAreaFr;

    /** English or French; {@link ReferenceNames} gives the name in every configured language. */
    public String name(Locale locale) {
        return "fr".equals(locale.getLanguage()) ? nameFr : nameEn;
    }

    public static List<Mission> allByCode() {
        return list("order by code");
    }
}
