package org.cthb.readiness.certificate;

import io.quarkus.hibernate.orm.panache.Panache;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import jakarta.inject.Inject;
import org.cthb.readiness.security.Pseudonyms;

/** Who a certificate is for: the account's person when there is one, otherwise the account itself. */
@ApplicationScoped
class Holders {

    @Inject
    Pseudonyms pseudonyms;

    /** The name to print, the nation (may be null), and the pseudonym that stands for the holder in credentials. */
    record Holder(Long personId, String name, String nationIso3, String pseudonym) {
    }

    @Transactional
    Holder of(long accountId) {
        Object[] row = (Object[]) Panache.getEntityManager().createNativeQuery("""
                select a.email, a.nation_iso3, p.id, p.given_name, p.family_name, p.nation_iso3, p.pseudonym
                from account a left join person p on p.id = a.person_id where a.id = ?1""")
                .setParameter(1, accountId).getSingleResult();
        // A keyed hash of the account: the same subject on every certificate of the holder, before and after a
        // roster links the account, and no way back to the account without the key.
        String pseudonym = pseudonyms.of(Pseudonyms.Use.CREDENTIAL_SUBJECT, accountId).toString();
        if (row[2] == null) {
            return new Holder(null, localPart((String) row[0]), text(row[1]), pseudonym);
        }
        String name = (row[3] + " " + row[4]).strip();
        return new Holder(((Number) row[2]).longValue(), name, text(row[5]), pseudonym);
    }

    private static String localPart(String email) {
        int at = email.indexOf('@');
        return at > 0 ? email.substring(0, at) : email;
    }

    /** CHAR columns may come back as strings or characters, padded; both read the same here. */
    private static String text(Object value) {
        return value == null ? null : value.toString().strip();
    }
}
