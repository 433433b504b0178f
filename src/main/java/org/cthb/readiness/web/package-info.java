/** Owns what every page shares: layout data, language, messages, error mapping and the home page. */
package org.cthb.readiness.web;
