package org.snpmoc.compliance.gaps;

import ca.uhn.fhir.rest.annotation.IdParam;
import ca.uhn.fhir.rest.annotation.Operation;
import ca.uhn.fhir.rest.annotation.OperationParam;
import ca.uhn.fhir.rest.api.server.RequestDetails;
import ca.uhn.fhir.rest.server.exceptions.InvalidRequestException;
import java.time.LocalDate;
import java.util.List;
import org.hl7.fhir.instance.model.api.IPrimitiveType;
import org.hl7.fhir.r4.model.Bundle;
import org.hl7.fhir.r4.model.IdType;
import org.hl7.fhir.r4.model.IntegerType;
import org.hl7.fhir.r4.model.StringType;
import org.snpmoc.compliance.AsOfParameter;
import org.snpmoc.compliance.EvaluationContext;
import org.snpmoc.compliance.MocEvaluationService;
import org.snpmoc.config.FhirOperationProvider;
import org.springframework.stereotype.Component;

/**
 * $moc-gaps: the work list of what is overdue or due soon, for one beneficiary (on a Patient) or for the plan
 * (system level). {@code factor}, {@code owner} and {@code status} narrow it, {@code _sort} orders it;
 * {@code _count} and {@code _offset} page through a long list; a "next" link gives the next page.
 */
@Component
public class MocGapsOperation implements FhirOperationProvider {
	private final MocEvaluationService evaluation;
	private final MocGapsService gaps;

	public MocGapsOperation(MocEvaluationService evaluation, MocGapsService gaps) {
		this.evaluation = evaluation;
		this.gaps = gaps;
	}

	@Operation(name = "$moc-gaps", idempotent = true, typeName = "Patient")
	public Bundle patientGaps(
			@IdParam IdType patient,
			@OperationParam(name = "asOf", typeName = "date", max = 1) IPrimitiveType<?> asOf,
			@OperationParam(name = "_count", max = 1) IntegerType count,
			@OperationParam(name = "_offset", max = 1) IntegerType offset,
			@OperationParam(name = "factor", max = 1) StringType factor,
			@OperationParam(name = "owner", max = 1) StringType owner,
			@OperationParam(name = "status", max = 1) StringType status,
			@OperationParam(name = "_sort", max = 1) StringType sort,
			RequestDetails request) {
		WorkListView view = new WorkListView(value(factor), value(owner), value(status), value(sort));
		EvaluationContext context = evaluation.context(AsOfParameter.parse(asOf));
		return page(view.apply(gaps.forPatient(patient.getIdPart(), context)), view, context.asOf(), count, offset,
				request.getFhirServerBase() + "/Patient/" + patient.getIdPart() + "/$moc-gaps");
	}

	@Operation(name = "$moc-gaps", idempotent = true)
	public Bundle planGaps(
			@OperationParam(name = "asOf", typeName = "date", max = 1) IPrimitiveType<?> asOf,
			@OperationParam(name = "_count", max = 1) IntegerType count,
			@OperationParam(name = "_offset", max = 1) IntegerType offset,
			@OperationParam(name = "factor", max = 1) StringType factor,
			@OperationParam(name = "owner", max = 1) StringType owner,
			@OperationParam(name = "status", max = 1) StringType status,
			@OperationParam(name = "_sort", max = 1) StringType sort,
			RequestDetails request) {
		WorkListView view = new WorkListView(value(factor), value(owner), value(status), value(sort));
		EvaluationContext context = evaluation.context(AsOfParameter.parse(asOf));
		return page(view.apply(gaps.forPlan(context)), view, context.asOf(), count, offset,
				request.getFhirServerBase() + "/$moc-gaps");
	}

	private static String value(StringType parameter) {
		return parameter == null ? null : parameter.getValue();
	}

	private static Bundle page(List<Gap> all, WorkListView view, LocalDate asOf, IntegerType count, IntegerType offset,
			String url) {
		Integer size = count == null ? null : count.getValue();
		int from = offset == null || offset.getValue() == null ? 0 : offset.getValue();
		if ((size != null && size < 0) || from < 0) {
			throw new InvalidRequestException("_count and _offset must not be negative");
		}
		return WorkListBuilder.bundle(all, from, size,
				next -> url + "?asOf=" + asOf + view.query() + "&_count=" + size + "&_offset=" + next);
	}
}
