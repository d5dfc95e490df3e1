package org.snpmoc.exchange;

import static org.assertj.core.api.Assertions.assertThat;
import static org.snpmoc.compliance.factors.ict.IctFixtures.*;

import java.time.ZoneId;
import java.util.Date;
import java.util.List;
import java.util.Map;
import org.hl7.fhir.r4.model.Bundle;
import org.hl7.fhir.r4.model.CodeableConcept;
import org.hl7.fhir.r4.model.Coding;
import org.hl7.fhir.r4.model.Composition;
import org.hl7.fhir.r4.model.Condition;
import org.hl7.fhir.r4.model.Encounter;
import org.hl7.fhir.r4.model.Goal;
import org.hl7.fhir.r4.model.MedicationRequest;
import org.hl7.fhir.r4.model.MedicationStatement;
import org.hl7.fhir.r4.model.Patient;
import org.hl7.fhir.r4.model.PractitionerRole;
import org.hl7.fhir.r4.model.Reference;
import org.hl7.fhir.r4.model.Resource;
import org.junit.jupiter.api.Test;
import org.snpmoc.contract.MocCodes;
import org.snpmoc.support.ProfileCheck;

class TransitionDocumentTest {
	private static final ZoneId ZONE = ZoneId.of("America/New_York");
	private static final Date NOW = new Date(1_780_000_000_000L);

	@Test
	void theDocumentOpensWithATransferSummaryWhoseSectionsHoldTheCurrentCarePlanTeamGoalsNeedsProblemsAndMedications() {
		Bundle document = TransitionDocument.build("toc-stay-admission", "http://example.org/fhir", sources(),
				new Reference("Organization/plan"), "Organization/hospital", NOW, ZONE);

		assertThat(document.getType()).isEqualTo(Bundle.BundleType.DOCUMENT);
		assertThat(document.getIdentifier().getValue()).startsWith("urn:uuid:");
		Composition composition = (Composition) document.getEntryFirstRep().getResource();
		assertThat(composition.getType().getCodingFirstRep().getCode()).isEqualTo("18761-7");
		assertThat(composition.getSubject().getReference()).isEqualTo("Patient/p1");
		assertThat(composition.getEncounter().getReference()).isEqualTo("Encounter/stay");
		assertThat(composition.getAuthorFirstRep().getReference()).isEqualTo("Organization/plan");
		assertThat(composition.getSection()).extracting(s -> s.getCode().getCodingFirstRep().getCode()).containsExactly(
				"18776-5", "85847-2", "61146-7", "75310-3", "11450-4", "10160-0");

		assertThat(entries(composition, TransitionDocument.SECTION_CARE_PLAN)).containsExactly("CarePlan/current");
		assertThat(entries(composition, TransitionDocument.SECTION_CARE_TEAM)).containsExactly("CareTeam/ict1", "PractitionerRole/tc");
		assertThat(text(composition, TransitionDocument.SECTION_CARE_TEAM)).contains("Point of contact for this transition: PractitionerRole/tc");
		assertThat(entries(composition, TransitionDocument.SECTION_GOALS)).containsExactly("Goal/walk");
		assertThat(entries(composition, TransitionDocument.SECTION_HEALTH_CONCERNS)).containsExactly("RiskAssessment/hra-2");
		assertThat(text(composition, TransitionDocument.SECTION_HEALTH_CONCERNS)).contains("tier high").contains("needs: Medical, Cognitive");
		assertThat(entries(composition, TransitionDocument.SECTION_PROBLEMS)).containsExactly("Condition/diabetes");
		assertThat(entries(composition, TransitionDocument.SECTION_MEDICATIONS)).containsExactly("MedicationRequest/metformin", "MedicationStatement/aspirin");

		// Every referenced resource follows the Composition, each once, under its absolute URL.
		assertThat(document.getEntry()).extracting(Bundle.BundleEntryComponent::getFullUrl).doesNotHaveDuplicates()
				.contains("http://example.org/fhir/Patient/p1", "http://example.org/fhir/Encounter/stay",
						"http://example.org/fhir/CarePlan/current", "http://example.org/fhir/PractitionerRole/tc",
						"http://example.org/fhir/Condition/diabetes", "http://example.org/fhir/Organization/plan")
				.doesNotContain("http://example.org/fhir/CarePlan/old", "http://example.org/fhir/Condition/resolved",
						"http://example.org/fhir/Goal/done", "http://example.org/fhir/MedicationRequest/stopped");
	}

	@Test
	void emptySectionsSaySoAndTheServerIsTheAuthorWithoutAPlanOrganization() {
		TransitionDocument.Sources nothing = new TransitionDocument.Sources(patient(), stay(), List.of(), List.of(),
				List.of(), List.of(), List.of(), List.of(), Map.of());
		Bundle document = TransitionDocument.build("toc-stay-discharge", "http://example.org/fhir", nothing, null,
				"Location/snf", NOW, ZONE);

		Composition composition = (Composition) document.getEntryFirstRep().getResource();
		assertThat(composition.getSection()).hasSize(6).allSatisfy(s -> assertThat(s.getText().getDivAsString()).contains("No "));
		assertThat(composition.getAuthorFirstRep().getIdentifier().getValue()).isEqualTo("http://snp-moc.org/fhir/Device/moc-fhir-server");
		assertThat(document.getEntry()).hasSize(3);
	}

	@Test
	void theDocumentConformsToTheIgProfiles() {
		Bundle document = TransitionDocument.build("toc-stay-admission", "http://example.org/fhir", sources(),
				new Reference("Organization/plan"), "Organization/hospital", NOW, ZONE);
		assertThat(ProfileCheck.errors(document)).isEmpty();
	}

	static TransitionDocument.Sources sources() {
		var old = icp("old").setStatus(org.hl7.fhir.r4.model.CarePlan.CarePlanStatus.REVOKED);
		var current = icp("current", "Goal/walk");
		var team = ict("ict1", AS_OF.minusYears(1), member("PractitionerRole/cc", "care-coordinator"),
				member("PractitionerRole/tc", "transition-coordinator"), member(PATIENT, "beneficiary"));
		Goal walk = new Goal().setLifecycleStatus(Goal.GoalLifecycleStatus.ACTIVE)
				.setDescription(new CodeableConcept().setText("Walk 20 minutes a day")).setSubject(new Reference(PATIENT));
		walk.setId("walk");
		Goal done = new Goal().setLifecycleStatus(Goal.GoalLifecycleStatus.COMPLETED)
				.setDescription(new CodeableConcept().setText("Done")).setSubject(new Reference(PATIENT));
		done.setId("done");
		var hra1 = NoticeRulesTest.hra("hra-1", "2026-01-01", "low");
		var hra2 = NoticeRulesTest.hra("hra-2", "2026-05-01", "high");
		hra2.addPrediction().setOutcome(new CodeableConcept(new Coding(MocCodes.CS_HRA_DOMAIN, "medical", "Medical")));
		hra2.addPrediction().setOutcome(new CodeableConcept(new Coding(MocCodes.CS_HRA_DOMAIN, "cognitive", "Cognitive")));
		Condition diabetes = condition("diabetes", "active", "Type 2 diabetes");
		Condition resolved = condition("resolved", "resolved", "Pneumonia");
		MedicationRequest metformin = new MedicationRequest().setStatus(MedicationRequest.MedicationRequestStatus.ACTIVE)
				.setIntent(MedicationRequest.MedicationRequestIntent.ORDER)
				.setMedication(new CodeableConcept().setText("Metformin 500 mg")).setSubject(new Reference(PATIENT));
		metformin.setId("metformin");
		MedicationRequest stopped = metformin.copy().setStatus(MedicationRequest.MedicationRequestStatus.STOPPED);
		stopped.setId("stopped");
		MedicationStatement aspirin = new MedicationStatement().setStatus(MedicationStatement.MedicationStatementStatus.ACTIVE)
				.setMedication(new CodeableConcept().setText("Aspirin 81 mg")).setSubject(new Reference(PATIENT));
		aspirin.setId("aspirin");
		PractitionerRole coordinator = new PractitionerRole();
		coordinator.setId("tc");
		org.hl7.fhir.r4.model.Organization plan = new org.hl7.fhir.r4.model.Organization().setName("The plan");
		plan.setId("plan");
		return new TransitionDocument.Sources(patient(), stay(), List.of(old, current), List.of(team),
				List.of(walk, done), List.of(hra1, hra2), List.of(diabetes, resolved),
				List.<Resource>of(metformin, stopped, aspirin),
				Map.of("PractitionerRole/tc", coordinator, "Organization/plan", plan));
	}

	private static Encounter stay() {
		Encounter stay = new Encounter().setStatus(Encounter.EncounterStatus.INPROGRESS)
				.setClass_(new Coding(MocCodes.V3_ACT_CODE, "IMP", null)).setSubject(new Reference(PATIENT));
		stay.setId("stay");
		return stay;
	}

	private static Patient patient() {
		Patient patient = new Patient();
		patient.setId("p1");
		return patient;
	}

	private static Condition condition(String id, String clinical, String text) {
		Condition condition = new Condition().setSubject(new Reference(PATIENT)).setCode(new CodeableConcept().setText(text))
				.setClinicalStatus(new CodeableConcept(new Coding("http://terminology.hl7.org/CodeSystem/condition-clinical", clinical, null)));
		condition.setId(id);
		return condition;
	}

	private static List<String> entries(Composition composition, String loinc) {
		return TransitionDocument.entries(TransitionDocument.section(composition, loinc).orElseThrow());
	}

	private static String text(Composition composition, String loinc) {
		return TransitionDocument.section(composition, loinc).orElseThrow().getText().getDivAsString();
	}
}
