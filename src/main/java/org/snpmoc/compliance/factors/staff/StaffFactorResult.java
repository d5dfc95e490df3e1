package org.snpmoc.compliance.factors.staff;

import org.snpmoc.compliance.FactorResult;

/**
 * A plan-level 2A outcome with the counts the plan summary reports for it.
 *
 * @param checked functions, roles, staff members or training records checked
 * @param passing how many of them pass
 */
public record StaffFactorResult(FactorResult result, int checked, int passing) {

	public String factor() {
		return result.factor();
	}
}
