/** Owns the append-only audit log: who did what to whose records, when and from where. */
package org.cthb.readiness.audit;
