/** Owns accounts, roles, password hashing and sign-in, including throttling of repeated failures. */
package org.cthb.readiness.account;
