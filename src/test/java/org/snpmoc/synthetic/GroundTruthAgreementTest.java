package org.snpmoc.synthetic;

import static org.assertj.core.api.Assertions.assertThat;

import ca.uhn.fhir.context.FhirContext;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import org.hl7.fhir.r4.model.CarePlan;
import org.hl7.fhir.r4.model.Patient;
import org.hl7.fhir.r4.model.Resource;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.snpmoc.compliance.EvaluationContext;
import org.snpmoc.compliance.FactorEvaluator;
import org.snpmoc.compliance.MocPolicy;
import org.snpmoc.compliance.PatientRecord;
import org.snpmoc.compliance.factors.hra.HraFactors;
import org.snpmoc.compliance.factors.icp.IcpFactors;
import org.snpmoc.compliance.factors.ict.IctFactors;
import org.snpmoc.compliance.factors.staff.Factor2A5StaffTraining;
import org.snpmoc.compliance.factors.transitions.TransitionFactors;

/**
 * The generator's expected outcomes, drawn from its own decisions, agree with the factor checks run directly on
 * the generated records (every version of the ICP included), for every factor of every beneficiary.
 */
class GroundTruthAgreementTest {
	private static final FhirContext FHIR = FhirContext.forR4Cached();
	private static final LocalDate AS_OF = LocalDate.of(2026, 6, 30);

	@ParameterizedTest(name = "HRA tool {0}")
	@ValueSource(strings = {"dsnp-hra", "plan-own"})
	void expectedOutcomesAgreeWithTheEvaluators(String which) {
		// Given a population with every factor missed often enough to appear
		int size = 400;
		MissRates rates = MissRates.defaults();
		for (String factor : Scenario.FACTORS) {
			rates = rates.with(factor, 0.15);
		}
		SyntheticStaff staff = new SyntheticStaff(size, AS_OF, new Draws(11, -1));
		HraInstrument guideTool = HraInstrument.read(FHIR, HraInstrument.DEFAULT_FILE);
		// A plan's own form: its own canonical, and responses naming url|version.
		HraInstrument tool = which.equals("dsnp-hra") ? guideTool
				: guideTool.asPlanTool("https://hra.plan.example/fhir/Questionnaire/annual-risk-survey", "2026.1");
		BeneficiaryGenerator generator = new BeneficiaryGenerator(11, AS_OF, rates, tool, staff);
		MocPolicy policy = new MocPolicy();
		List<FactorEvaluator> evaluators = new ArrayList<>();
		evaluators.addAll(HraFactors.create(policy));
		evaluators.addAll(IcpFactors.create(policy));
		evaluators.addAll(IctFactors.create(policy));
		evaluators.addAll(TransitionFactors.create(policy));
		evaluators.add(new Factor2A5StaffTraining(policy.getTrainingInitialDays(), policy.getTrainingRenewalDays()));
		EvaluationContext context = new EvaluationContext(AS_OF, ZoneId.of("America/New_York"));

		// When each record is evaluated
		List<String> disagreements = new ArrayList<>();
		int compared = 0;
		for (int n = 1; n <= size; n++) {
			BeneficiaryGenerator.Generated g = generator.generate(n);
			PatientRecord record = record(g, staff.resources(), tool);
			for (FactorEvaluator evaluator : evaluators) {
				String expected = g.expected().get(evaluator.factor());
				var result = evaluator.evaluate(record, context);
				compared++;
				if (!result.outcome().code().equals(expected)) {
					disagreements.add(g.patientId() + " " + evaluator.factor() + ": expected " + expected + ", got "
							+ result.outcome().code() + " (" + result.reason() + ") drawn " + g.scenario());
				}
			}
		}

		// Then every factor agrees
		assertThat(compared).isEqualTo(size * Scenario.FACTORS.size());
		assertThat(disagreements).isEmpty();
	}

	/** The record as the server would hold it: current resources, staff, and the ICP's versions numbered 1..n. */
	static PatientRecord record(BeneficiaryGenerator.Generated g, List<Resource> staff, HraInstrument tool) {
		List<CarePlan> versions = new ArrayList<>();
		List<CarePlan> all = new ArrayList<>();
		all.add((CarePlan) g.first().get(g.first().size() - 1));
		all.addAll(g.revisions());
		for (int v = 0; v < all.size(); v++) {
			CarePlan copy = all.get(v).copy();
			copy.setId("CarePlan/" + all.get(v).getIdElement().getIdPart() + "/_history/" + (v + 1));
			versions.add(copy);
		}
		List<Resource> current = new ArrayList<>(g.first().subList(0, g.first().size() - 1));
		current.add(versions.get(versions.size() - 1));
		current.addAll(staff);
		current.add(tool.questionnaire());
		Patient patient = (Patient) current.stream().filter(Patient.class::isInstance).findFirst().orElseThrow();
		current.remove(patient);
		return new PatientRecord(patient, current, versions);
	}

}
