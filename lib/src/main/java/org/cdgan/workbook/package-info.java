/**
 * What every notebook of the series shares: its one configuration ({@link
 * org.cdgan.workbook.WorkbookConfig}, built in the first cell, drivable from environment
 * variables by a headless runner) and the artifacts that earlier notebooks leave for later
 * ones ({@link org.cdgan.workbook.Artifacts}), so each notebook runs alone from a fresh kernel.
 */
package org.cdgan.workbook;
