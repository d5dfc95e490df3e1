package org.snpmoc.compliance.factors.staff;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.hl7.fhir.r4.model.Practitioner;
import org.hl7.fhir.r4.model.Practitioner.PractitionerQualificationComponent;
import org.snpmoc.compliance.ClinicalDates;
import org.snpmoc.compliance.EvaluationContext;
import org.snpmoc.compliance.FactorResult;
import org.snpmoc.compliance.Outcome;
import org.snpmoc.compliance.PatientRecord;

/**
 * 2A.6: every MOC training of staff with an active role is a record: it has a completion date (period.start)
 * and an issuer. Trainings completed after asOf are not known yet.
 */
public final class Factor2A6TrainingRecords implements StaffFactorEvaluator {

	@Override
	public String factor() {
		return "2A.6";
	}

	@Override
	public StaffFactorResult evaluate(StaffRoster roster, EvaluationContext context) {
		Set<Practitioner> staff = new LinkedHashSet<>();
		roster.activeRoles(context).forEach(r -> roster.practitioner(r.getPractitioner()).ifPresent(staff::add));
		List<String> evidence = new ArrayList<>();
		List<String> problems = new ArrayList<>();
		int records = 0;
		for (Practitioner practitioner : staff) {
			String key = PatientRecord.key(practitioner);
			int n = 0;
			for (PractitionerQualificationComponent training : TrainingWindows.trainings(practitioner)) {
				n++;
				LocalDate completed = ClinicalDates.start(training.getPeriod(), context.zone());
				if (completed != null && !context.known(completed)) {
					continue;
				}
				records++;
				if (!evidence.contains(key)) {
					evidence.add(key);
				}
				List<String> missing = new ArrayList<>();
				if (completed == null) {
					missing.add("no completion date");
				}
				if (training.getIssuer().isEmpty()) {
					missing.add("no issuer");
				}
				if (!missing.isEmpty()) {
					problems.add("training " + n + " of " + TrainingWindows.name(practitioner, key) + ": "
							+ String.join(", ", missing));
				}
			}
		}
		if (records == 0) {
			return new StaffFactorResult(FactorResult.of(factor(), Outcome.NOT_APPLICABLE,
					"no MOC training records of staff with an active role at " + context.asOf(), List.of()), 0, 0);
		}
		FactorResult result = problems.isEmpty()
				? FactorResult.of(factor(), Outcome.MET, "all " + records + " MOC training records have a completion date"
						+ " and an issuer", evidence)
				: FactorResult.of(factor(), Outcome.NOT_MET, String.join("; ", problems), evidence);
		return new StaffFactorResult(result, records, records - problems.size());
	}
}
