package org.snpmoc.analytics;

import ca.uhn.fhir.model.api.IModelJson;
import com.fasterxml.jackson.annotation.JsonProperty;
import java.util.ArrayList;
import java.util.List;

/** One work chunk of the plan evaluation job: the ids of some of the Patients enrolled at asOf. */
public class EnrolledIds implements IModelJson {
	@JsonProperty("ids")
	private List<String> ids = new ArrayList<>();

	public EnrolledIds() {}

	public EnrolledIds(List<String> ids) {
		this.ids = new ArrayList<>(ids);
	}

	public List<String> ids() {
		return ids;
	}
}
