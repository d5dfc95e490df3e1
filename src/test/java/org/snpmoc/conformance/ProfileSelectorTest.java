package org.snpmoc.conformance;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Set;
import java.util.stream.Stream;
import org.hl7.fhir.instance.model.api.IBaseResource;
import org.hl7.fhir.r4.model.CarePlan;
import org.hl7.fhir.r4.model.CareTeam;
import org.hl7.fhir.r4.model.CodeableConcept;
import org.hl7.fhir.r4.model.Coding;
import org.hl7.fhir.r4.model.Communication;
import org.hl7.fhir.r4.model.Coverage;
import org.hl7.fhir.r4.model.Encounter;
import org.hl7.fhir.r4.model.Goal;
import org.hl7.fhir.r4.model.Observation;
import org.hl7.fhir.r4.model.Patient;
import org.hl7.fhir.r4.model.Practitioner;
import org.hl7.fhir.r4.model.PractitionerRole;
import org.hl7.fhir.r4.model.Questionnaire;
import org.hl7.fhir.r4.model.QuestionnaireResponse;
import org.hl7.fhir.r4.model.Reference;
import org.hl7.fhir.r4.model.Resource;
import org.hl7.fhir.r4.model.RiskAssessment;
import org.hl7.fhir.r4.model.Task;
import org.junit.jupiter.api.Named;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.snpmoc.compliance.MocRules;
import org.snpmoc.contract.MocCodes;

class ProfileSelectorTest {
	private static final String HRA_TOOL = MocCodes.HRA_QUESTIONNAIRE;
	private static final String PHQ9 = "http://example.org/Questionnaire/phq-9";

	/** The package's HRA tool, one stored HRA response and one stored PHQ-9 response. */
	private static final HraLookup HRA = new HraLookup() {
		@Override
		public boolean isHraTool(String canonical) {
			return org.snpmoc.compliance.MocRules.withoutVersion(canonical).equals(HRA_TOOL);
		}

		@Override
		public boolean isHraResponse(String reference) {
			return reference.equals("QuestionnaireResponse/hra-1");
		}
	};

	private final ProfileSelector selector = new ProfileSelector(HRA);

	private static Coding artifact(String code) {
		return new Coding(MocCodes.CS_ARTIFACT, code, null);
	}

	private static CodeableConcept concept(String system, String code) {
		return new CodeableConcept(new Coding(system, code, null));
	}

	private Set<String> select(IBaseResource resource) {
		return selector.select(resource);
	}

	@Test
	void declaredProfilesOfOursApplyAndOthersAreLeftToTheValidator() {
		Patient patient = new Patient();
		patient.getMeta().addProfile("http://hl7.org/fhir/us/core/StructureDefinition/us-core-patient");
		assertThat(select(patient)).isEmpty();

		Goal goal = new Goal();
		goal.getMeta().addProfile(MocCodes.profile("moc-self-management-goal") + "|0.1.0");
		assertThat(select(goal)).containsExactly(MocCodes.profile("moc-self-management-goal"));
	}

	@Test
	void aDeclaredAndAnIdentifiedProfileBothApply() {
		CarePlan plan = new CarePlan();
		plan.getMeta().addProfile(MocCodes.profile("moc-communication"));
		plan.addCategory().addCoding(artifact(MocCodes.ICP));
		assertThat(select(plan)).containsExactly(MocCodes.profile("moc-communication"), MocCodes.profile("moc-icp"));
	}

	@Test
	void enrollmentIsACoverageOfTypeSnpEnrollment() {
		assertThat(select(new Coverage().setType(new CodeableConcept(artifact(MocCodes.SNP_ENROLLMENT)))))
				.containsExactly(MocCodes.profile("moc-snp-enrollment"));
		assertThat(select(new Coverage().setType(concept("http://terminology.hl7.org/CodeSystem/v3-ActCode", "PUBLICPOL"))))
				.isEmpty();
	}

	@Test
	void hraToolIsAQuestionnaireCodedHra() {
		Questionnaire tool = new Questionnaire();
		tool.addCode(artifact(MocCodes.HRA));
		assertThat(select(tool)).containsExactly(MocCodes.profile("moc-hra-questionnaire"));
		assertThat(select(new Questionnaire().setUrl(PHQ9))).isEmpty();
	}

	@Test
	void hraResponseAnswersAnHraTool() {
		assertThat(select(new QuestionnaireResponse().setQuestionnaire(HRA_TOOL + "|0.1.0")))
				.containsExactly(MocCodes.profile("moc-hra-response"));
		assertThat(select(new QuestionnaireResponse().setQuestionnaire(PHQ9))).isEmpty();
		assertThat(select(new QuestionnaireResponse())).isEmpty();
	}

	@ParameterizedTest
	@ValueSource(strings = {"hra-outreach", "training-remediation", "transition-coordination", "work-item"})
	void tasksAreIdentifiedByTheirArtifactCode(String code) {
		Task task = new Task().setCode(new CodeableConcept(artifact(code)));
		String expected = switch (code) {
			case "hra-outreach" -> "moc-hra-outreach-task";
			case "training-remediation" -> "moc-training-remediation-task";
			case "transition-coordination" -> "moc-transition-coordination-task";
			default -> "moc-work-item-task";
		};
		assertThat(select(task)).containsExactly(MocCodes.profile(expected));
	}

	@Test
	void otherTasksAreNotOurs() {
		assertThat(select(new Task().setCode(new CodeableConcept(artifact(MocCodes.HRA))))).isEmpty();
		assertThat(select(new Task().setCode(concept("http://hl7.org/fhir/CodeSystem/task-code", "fulfill")))).isEmpty();
		assertThat(select(new Task())).isEmpty();
	}

	@Test
	void riskAssessmentIsOursOnlyWhenBasedOnAnHraResponse() {
		RiskAssessment fromHra = new RiskAssessment();
		fromHra.addBasis(new Reference("Observation/bmi"));
		fromHra.addBasis(new Reference("QuestionnaireResponse/hra-1"));
		assertThat(select(fromHra)).containsExactly(MocCodes.profile("moc-risk-assessment"));

		RiskAssessment fromPhq9 = new RiskAssessment();
		fromPhq9.addBasis(new Reference("QuestionnaireResponse/phq9-1"));
		assertThat(select(fromPhq9)).isEmpty();
		assertThat(select(new RiskAssessment())).isEmpty();
	}

	@Test
	void riskAssessmentOnAContainedHraResponseIsOurs() {
		QuestionnaireResponse contained = new QuestionnaireResponse().setQuestionnaire(HRA_TOOL);
		contained.setId("hra");
		RiskAssessment risk = new RiskAssessment();
		risk.addContained(contained);
		risk.addBasis(new Reference(contained));
		assertThat(select(risk)).containsExactly(MocCodes.profile("moc-risk-assessment"));
	}

	@Test
	void carePlanGoalObservationAndCareTeamByTheirArtifactCategoryOrCode() {
		CarePlan icp = new CarePlan();
		icp.addCategory().addCoding(new Coding("http://hl7.org/fhir/us/core/CodeSystem/careplan-category", "assess-plan", null));
		assertThat(select(icp)).isEmpty();
		icp.addCategory().addCoding(artifact(MocCodes.ICP));
		assertThat(select(icp)).containsExactly(MocCodes.profile("moc-icp"));

		Goal goal = new Goal();
		goal.addCategory().addCoding(artifact(MocCodes.SELF_MANAGEMENT));
		assertThat(select(goal)).containsExactly(MocCodes.profile("moc-self-management-goal"));

		assertThat(select(new Observation().setCode(new CodeableConcept(artifact(MocCodes.CARE_PREFERENCE)))))
				.containsExactly(MocCodes.profile("moc-care-preference"));
		assertThat(select(new Observation().setCode(concept("http://loinc.org", "29463-7")))).isEmpty();

		CareTeam team = new CareTeam();
		team.addCategory().addCoding(artifact(MocCodes.ICT));
		assertThat(select(team)).containsExactly(MocCodes.profile("moc-ict"));
		assertThat(select(new CareTeam())).isEmpty();
	}

	@Test
	void staffAreIdentifiedByIctRoleAndTrainingRecords() {
		PractitionerRole role = new PractitionerRole();
		role.addCode(concept(MocCodes.CS_ICT_ROLE, "pharmacist"));
		assertThat(select(role)).containsExactly(MocCodes.profile("moc-practitioner-role"));
		assertThat(select(new PractitionerRole().addCode(concept("http://nucc.org/provider-taxonomy", "183500000X"))))
				.isEmpty();

		Practitioner trained = new Practitioner();
		trained.addQualification().setCode(new CodeableConcept(artifact(MocCodes.MOC_TRAINING)));
		assertThat(select(trained)).containsExactly(MocCodes.profile("moc-practitioner"));
		Practitioner licensed = new Practitioner();
		licensed.addQualification().setCode(concept("http://terminology.hl7.org/CodeSystem/v2-0360", "MD"));
		assertThat(select(licensed)).isEmpty();
	}

	@ParameterizedTest
	@ValueSource(strings = {"IMP", "ACUTE", "NONAC"})
	void staysAreTransitions(String code) {
		assertThat(select(new Encounter().setClass_(new Coding(MocCodes.V3_ACT_CODE, code, null))))
				.containsExactly(MocCodes.profile("moc-transition-encounter"));
	}

	@Test
	void visitsAndOtherClassSystemsAreNotTransitions() {
		assertThat(select(new Encounter().setClass_(new Coding(MocCodes.V3_ACT_CODE, "AMB", null)))).isEmpty();
		assertThat(select(new Encounter().setClass_(new Coding("http://example.org/class", "IMP", null)))).isEmpty();
	}

	@Test
	void communicationIsOursWithAnyMocCommunicationCategory() {
		Communication notice = new Communication();
		notice.addCategory(concept(MocCodes.CS_COMMUNICATION, "newsletter"));
		assertThat(select(notice)).containsExactly(MocCodes.profile("moc-communication"));
		Communication alert = new Communication();
		alert.addCategory(concept("http://terminology.hl7.org/CodeSystem/communication-category", "alert"));
		assertThat(select(alert)).isEmpty();
	}

	static Stream<Named<Resource>> profiledExamples() {
		return ConformanceValidator.PACKAGE.resources().stream()
				.map(Resource.class::cast)
				.filter(r -> !r.getMeta().getProfile().isEmpty())
				.map(r -> Named.of(r.fhirType() + "/" + r.getIdPart(), r));
	}

	/** What the IG examples declare is what their content identifies: data without meta.profile is checked the same. */
	@ParameterizedTest(name = "{0}")
	@MethodSource("profiledExamples")
	void everyProfiledExampleIsIdentifiedWithoutItsMetaProfile(Resource example) {
		Resource bare = example.copy();
		String declared = bare.getMeta().getProfile().get(0).getValue();
		bare.getMeta().getProfile().clear();

		ProfileSelector packageSelector = new ProfileSelector(new HraLookup() {
			@Override
			public boolean isHraTool(String canonical) {
				return ConformanceValidator.PACKAGE.definitions().stream()
						.anyMatch(r -> r instanceof Questionnaire q && MocRules.isHraTool(q)
								&& q.getUrl().equals(org.snpmoc.compliance.MocRules.withoutVersion(canonical)));
			}

			@Override
			public boolean isHraResponse(String reference) {
				return ConformanceValidator.PACKAGE.examples().stream()
						.anyMatch(r -> r instanceof QuestionnaireResponse qr
								&& reference.equals("QuestionnaireResponse/" + qr.getIdPart())
								&& isHraTool(qr.getQuestionnaire()));
			}
		});
		assertThat(packageSelector.select(bare)).containsExactly(declared);
	}
}
