package org.cthb.readiness.learning;

import io.quarkus.hibernate.orm.panache.Panache;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import java.util.HashSet;
import java.util.List;
import java.util.Set;

/** The deployment roles a learner trains for: everyone's core role plus the roles of their deployments. */
@ApplicationScoped
public class LearnerRoles {

    static final String CORE = "ALL_PERSONNEL";

    @Transactional
    public Set<String> of(long accountId) {
        @SuppressWarnings("unchecked")
        List<String> roles = Panache.getEntityManager().createNativeQuery(
                "select distinct d.role from deployment d join account a on a.person_id = d.person_id where a.id = ?1")
                .setParameter(1, accountId).getResultList();
        Set<String> all = new HashSet<>(roles);
        all.add(CORE);
        return all;
    }
}
