/** Owns the vocabulary of authorisation that every feature shares: roles and what a signed-in identity carries. */
package org.cthb.readiness.security;
