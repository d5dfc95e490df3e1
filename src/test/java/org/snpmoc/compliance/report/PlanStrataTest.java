package org.snpmoc.compliance.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.snpmoc.contract.MocCodes.CS_ARTIFACT;
import static org.snpmoc.contract.MocCodes.CS_ICT_ROLE;
import static org.snpmoc.contract.MocCodes.RISK_PROBABILITY;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import org.hl7.fhir.r4.model.CareTeam;
import org.hl7.fhir.r4.model.CodeableConcept;
import org.hl7.fhir.r4.model.Coding;
import org.hl7.fhir.r4.model.Coverage;
import org.hl7.fhir.r4.model.DateTimeType;
import org.hl7.fhir.r4.model.Patient;
import org.hl7.fhir.r4.model.Practitioner;
import org.hl7.fhir.r4.model.PractitionerRole;
import org.hl7.fhir.r4.model.Reference;
import org.hl7.fhir.r4.model.Resource;
import org.hl7.fhir.r4.model.RiskAssessment;
import org.junit.jupiter.api.Test;
import org.snpmoc.compliance.CareRecord;
import org.snpmoc.compliance.EvaluationContext;
import org.snpmoc.compliance.PatientRecord;
import org.snpmoc.compliance.report.PlanStrata.Stratum;

class PlanStrataTest {
	private static final EvaluationContext AS_OF = new EvaluationContext(LocalDate.parse("2026-06-30"), ZoneId.of("America/New_York"));
	private final List<Resource> resources = new ArrayList<>();

	private List<Stratum> strata() {
		Patient patient = new Patient();
		patient.setId("p");
		return PlanStrata.of(new CareRecord(new PatientRecord(patient, resources, List.of()), AS_OF));
	}

	private void enrolled(String start) {
		Coverage coverage = new Coverage().setStatus(Coverage.CoverageStatus.ACTIVE)
				.setType(new CodeableConcept(new Coding(CS_ARTIFACT, "snp-enrollment", null)))
				.setBeneficiary(new Reference("Patient/p"));
		coverage.setId("c" + resources.size());
		coverage.getPeriod().setStartElement(new DateTimeType(start));
		resources.add(coverage);
	}

	private void risk(String occurrence, String tier, RiskAssessment.RiskAssessmentStatus status) {
		RiskAssessment ra = new RiskAssessment().setStatus(status).setSubject(new Reference("Patient/p"));
		ra.setId("ra" + resources.size());
		ra.setOccurrence(new DateTimeType(occurrence));
		ra.addPrediction().setQualitativeRisk(new CodeableConcept(new Coding(RISK_PROBABILITY, tier, null)));
		resources.add(ra);
	}

	private void ict(String member, String role, String start) {
		CareTeam team = new CareTeam().setStatus(CareTeam.CareTeamStatus.ACTIVE).setSubject(new Reference("Patient/p"));
		team.setId("t" + resources.size());
		team.addCategory(new CodeableConcept(new Coding(CS_ARTIFACT, "ict", null)));
		team.addParticipant().setMember(new Reference(member))
				.addRole(new CodeableConcept(new Coding(CS_ICT_ROLE, role, null)))
				.getPeriod().setStartElement(new DateTimeType(start));
		resources.add(team);
	}

	@Test
	void withoutTeamAssessmentOrEnrollmentEveryStratumSaysSo() {
		assertThat(strata()).extracting(Stratum::code).containsExactly("none", "unscored", "none");
	}

	@Test
	void cohortIsTheQuarterOfTheEnrollmentInForce() {
		enrolled("2025-03-31");
		enrolled("2026-04-01");
		enrolled("2026-08-01"); // not started at asOf
		assertThat(strata().get(2)).isEqualTo(new Stratum("2026-Q2", "Enrolled in 2026 Q2"));
	}

	@Test
	void tierIsTheLatestAssessmentsKnownAtAsOf() {
		risk("2026-01-10", "high", RiskAssessment.RiskAssessmentStatus.FINAL);
		risk("2026-05-10", "moderate", RiskAssessment.RiskAssessmentStatus.FINAL);
		risk("2026-06-01", "low", RiskAssessment.RiskAssessmentStatus.ENTEREDINERROR);
		risk("2026-07-01", "low", RiskAssessment.RiskAssessmentStatus.FINAL); // after asOf
		assertThat(strata().get(1)).isEqualTo(new Stratum("moderate", "Moderate"));
	}

	@Test
	void aTierOutsideTheScoringsIsUnscored() {
		risk("2026-05-10", "certain", RiskAssessment.RiskAssessmentStatus.FINAL);
		assertThat(strata().get(1).code()).isEqualTo("unscored");
	}

	@Test
	void coordinatorIsThePractitionerBehindTheCareCoordinatorRole() {
		Practitioner person = new Practitioner();
		person.setId("ann");
		person.addName().setFamily("Lee").addGiven("Ann");
		PractitionerRole role = new PractitionerRole().setPractitioner(new Reference("Practitioner/ann"));
		role.setId("ann-cc");
		resources.add(person);
		resources.add(role);
		ict("PractitionerRole/ann-cc", "care-coordinator", "2026-01-01");
		ict("Practitioner/bo", "nurse", "2026-01-01");
		assertThat(strata().get(0)).isEqualTo(new Stratum("Practitioner/ann", "Ann Lee"));
	}

	@Test
	void aCoordinatorNotYetServingAtAsOfIsNone() {
		ict("Practitioner/bo", "care-coordinator", "2026-07-01");
		assertThat(strata().get(0).code()).isEqualTo("none");
	}
}
