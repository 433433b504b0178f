/** Owns quiz attempts: the stored draw, answers saved one by one, grading on the server and the attempt policy. */
package org.cthb.readiness.quiz;
