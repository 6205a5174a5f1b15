package org.parcours.infrastructure.persistence;

import jakarta.persistence.EntityManager;
import jakarta.persistence.OptimisticLockException;
import jakarta.persistence.PersistenceException;
import java.sql.SQLIntegrityConstraintViolationException;
import org.parcours.domain.RuleViolation;
import org.parcours.domain.StaleEditException;

/** Helpers the repositories share to talk to the database the same way. */
final class Persistence {

    private Persistence() {
    }

    /**
     * Flushes now, so that a unique key taken by a concurrent transaction becomes the rule violation
     * the user understands rather than a failure at commit.
     */
    static void flushOrExplain(EntityManager em, String field, String messageKey, Object argument) {
        try {
            em.flush();
        } catch (OptimisticLockException e) {
            throw new StaleEditException();
        } catch (PersistenceException e) {
            if (isUniqueKeyViolation(e)) {
                throw new RuleViolation(field, messageKey, argument);
            }
            throw e;
        }
    }

    static boolean isUniqueKeyViolation(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t instanceof SQLIntegrityConstraintViolationException sql && sql.getErrorCode() == 1062) {
                return true;
            }
        }
        return false;
    }

    /** Escapes LIKE wildcards typed by a user so that they match literally. */
    static String escapeLike(String text) {
        return text.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_");
    }
}
