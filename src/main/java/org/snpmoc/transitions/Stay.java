package org.snpmoc.transitions;

import java.time.LocalDate;

/**
 * A care transition as the work-item rules need it.
 *
 * @param encounter     "Encounter/id"
 * @param patient       "Patient/id"
 * @param admitted      admission date
 * @param discharged    discharge date, or null while the stay goes on
 * @param setting       the admitting setting ("Organization/id"), or null
 * @param hasNextSetting whether a discharge destination is recorded
 * @param nextSetting   the organization to send the ICP to after discharge, or null when not known
 */
record Stay(String encounter, String patient, LocalDate admitted, LocalDate discharged, String setting,
		boolean hasNextSetting, String nextSetting) {}
