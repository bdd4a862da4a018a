/**
 * Data preparation: the original CK+, RAF-DB, FER2013, TFEID, CASIA-WebFace and user folder
 * layouts to the manifest format, with Haar face crop and a report of every bad input. The
 * {@code data-scripts/} shell wrappers call {@link org.cdgan.prep.Main}.
 */
package org.cdgan.prep;
