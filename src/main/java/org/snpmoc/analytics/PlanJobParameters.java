package org.snpmoc.analytics;

import ca.uhn.fhir.model.api.IModelJson;
import com.fasterxml.jackson.annotation.JsonProperty;

/** What a plan evaluation job evaluates: the plan as of a date, in chunks of a number of beneficiaries. */
public class PlanJobParameters implements IModelJson {
	@JsonProperty("asOf")
	private String asOf;
	@JsonProperty("chunkSize")
	private int chunkSize;

	public PlanJobParameters() {}

	public PlanJobParameters(String asOf, int chunkSize) {
		this.asOf = asOf;
		this.chunkSize = chunkSize;
	}

	public String asOf() {
		return asOf;
	}

	public int chunkSize() {
		return chunkSize;
	}
}
