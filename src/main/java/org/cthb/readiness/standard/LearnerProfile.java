package org.cthb.readiness.standard;

import io.quarkus.hibernate.orm.panache.Panache;
import org.cthb.readiness.standard.rules.DeploymentRole;

import java.util.EnumSet;
import java.util.List;
import java.util.Set;

/** A learner's nation and the roles they deploy in; everyone counts as deployed personnel. */
record LearnerProfile(String nation, Set<DeploymentRole> roles) {

    static LearnerProfile of(long accountId) {
        String nation = nationOf(accountId);
        @SuppressWarnings("unchecked")
        List<String> deployed = Panache.getEntityManager().createNativeQuery(
                "select distinct d.role from deployment d join account a on a.person_id = d.person_id where a.id = ?1")
                .setParameter(1, accountId).getResultList();
        Set<DeploymentRole> roles = EnumSet.of(DeploymentRole.ALL_PERSONNEL);
        deployed.forEach(r -> DeploymentRole.parse(r).ifPresent(roles::add));
        return new LearnerProfile(nation, roles);
    }

    /** The learner's nation: their person's, else their account's; null when neither says. */
    static String nationOf(long accountId) {
        List<?> nations = Panache.getEntityManager().createNativeQuery("""
                select coalesce(p.nation_iso3, a.nation_iso3)
                from account a left join person p on p.id = a.person_id where a.id = ?1""")
                .setParameter(1, accountId).getResultList();
        Object nation = nations.isEmpty() ? null : nations.get(0);
        return nation == null ? null : nation.toString().strip();
    }
}
