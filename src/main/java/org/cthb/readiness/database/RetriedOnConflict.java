package org.cthb.readiness.database;

import jakarta.interceptor.InterceptorBinding;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Marks an idempotent operation (saving an answer, marking a lesson done, starting or submitting a quiz) whose
 * transaction may be run again when it loses to a concurrent one: a deadlock or a Galera certification conflict
 * (1213), a duplicate key from a request of the same person at the same moment on another instance, or a
 * connection lost as a node fails over. Running it again reads what the winner wrote, so the person gets the
 * existing result instead of an error. Put it on the method that opens the transaction.
 */
@InterceptorBinding
@Target({ElementType.METHOD, ElementType.TYPE})
@Retention(RetentionPolicy.RUNTIME)
public @interface RetriedOnConflict {
}
