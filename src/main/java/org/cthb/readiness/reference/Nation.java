package org.cthb.readiness.reference;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import java.util.List;
import java.util.Locale;

/** A NATO Ally or partner nation, identified by its ISO 3166-1 alpha-3 code. */
@Entity
@Table(name = "nation")
public class Nation extends PanacheEntityBase {

    @Id
    @Column(name = "iso3")
    public String iso3;

    @Column(name = "name_en")
    public String nameEn;

    @Column(name = "name_fr")
    public String nameFr;

    @Column(name = "nato_member")
    public boolean natoMember;

    @Column(name = "support_url")
    public String supportUrl;

    /** English or French; {@link ReferenceNames} gives the name in every configured language. */
    public String name(Locale locale) {
        return "fr".equals(locale.getLanguage()) ? nameFr : nameEn;
    }

    public static List<Nation> allByCode() {
        return list("order by iso3");
    }
}
