package org.snpmoc.analytics;

import ca.uhn.fhir.model.api.IModelJson;
import com.fasterxml.jackson.annotation.JsonProperty;

/** The outcome of a plan evaluation job, kept as the job's report: the stored MeasureReport. */
public class PlanJobResult implements IModelJson {
	@JsonProperty("measureReport")
	private String measureReport;

	public PlanJobResult() {}

	public PlanJobResult(String measureReport) {
		this.measureReport = measureReport;
	}

	/** "MeasureReport/id". */
	public String measureReport() {
		return measureReport;
	}
}
