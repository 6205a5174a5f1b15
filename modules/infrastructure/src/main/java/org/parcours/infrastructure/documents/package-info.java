/**
 * Documents made from the schedule: CSV and Excel exports of sessions (re-importable, same columns),
 * the CSV reader for imports, and attendance sheets as PDF (with a signature column) and CSV.
 * Pure functions of their input: the use cases decide who may have them.
 */
package org.parcours.infrastructure.documents;
