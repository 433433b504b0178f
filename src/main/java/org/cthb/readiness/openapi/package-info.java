/** The OpenAPI document: what every operation answers when it fails, its security schemes, examples. */
package org.cthb.readiness.openapi;
