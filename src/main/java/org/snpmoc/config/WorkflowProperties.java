package org.snpmoc.config;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.validation.annotation.Validated;

/**
 * Switches of the care-coordination workflow the server runs on write, bound from {@code moc.workflow.*}.
 * Each part is on unless switched off.
 *
 * @param hraScoring      score completed HRAs and write their RiskAssessment
 * @param transitionTasks open the 2E, reassessment and ICP-revision work items of a care transition
 * @param hraDueTasks     open HRA-due work items on SNP enrollment and after each completed HRA
 * @param taskClosing     complete an open work item when the evidence that satisfies it is stored
 * @param workers         threads writing work items after the writes that cause them (each beneficiary on one)
 */
@Validated
@ConfigurationProperties(prefix = "moc.workflow")
public record WorkflowProperties(
		@Valid Switch hraScoring, @Valid Switch transitionTasks, @Valid Switch hraDueTasks, @Valid Switch taskClosing,
		@Min(1) @Max(64) Integer workers) {

	public WorkflowProperties {
		hraScoring = on(hraScoring);
		transitionTasks = on(transitionTasks);
		hraDueTasks = on(hraDueTasks);
		taskClosing = on(taskClosing);
		workers = workers == null ? 2 : workers;
	}

	private static Switch on(Switch value) {
		return value == null ? new Switch(true) : value;
	}

	public record Switch(boolean enabled) {}
}
