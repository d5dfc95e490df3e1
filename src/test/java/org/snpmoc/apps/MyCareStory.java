package org.snpmoc.apps;

import static org.snpmoc.contract.MocCodes.CS_ARTIFACT;
import static org.snpmoc.contract.MocCodes.CS_ICT_ROLE;

import ca.uhn.fhir.rest.client.api.IGenericClient;
import java.security.SecureRandom;
import org.hl7.fhir.r4.model.CarePlan;
import org.hl7.fhir.r4.model.CareTeam;
import org.hl7.fhir.r4.model.CodeableConcept;
import org.hl7.fhir.r4.model.Coding;
import org.hl7.fhir.r4.model.ContactPoint;
import org.hl7.fhir.r4.model.DateTimeType;
import org.hl7.fhir.r4.model.DateType;
import org.hl7.fhir.r4.model.Enumerations.AdministrativeGender;
import org.hl7.fhir.r4.model.Goal;
import org.hl7.fhir.r4.model.Patient;
import org.hl7.fhir.r4.model.Practitioner;
import org.hl7.fhir.r4.model.PractitionerRole;
import org.hl7.fhir.r4.model.Reference;
import org.snpmoc.contract.MocCodes;
import org.snpmoc.support.CareStory;

/**
 * A small enrolled beneficiary as the My care app shows it: an active ICP with an activity and a goal, an ICT led by a
 * care coordinator with a transition coordinator (the point of contact for a stay), and an SNP enrollment without an
 * HRA yet (so the initial HRA is a work item due for them). Server-assigned ids and a freshly drawn member id (MBI format), so runs and tests sharing the database stay apart.
 */
record MyCareStory(String patientId, String memberName, String mbi, String planTitle, String activity, String goal,
		String goalTarget, String careCoordinator, String transitionCoordinator) {

	static final String MBI_SYSTEM = "http://hl7.org/fhir/sid/us-mbi";

	static MyCareStory load(IGenericClient client) {
		CareStory story = new CareStory(client);
		String mbi = randomMbi();
		Patient patient = new Patient().setActive(true).setGender(AdministrativeGender.FEMALE);
		patient.addIdentifier().setSystem(MBI_SYSTEM).setValue(mbi);
		patient.addName().setFamily("Okonkwo-Lindqvist").addGiven("Marisol");
		patient.setBirthDateElement(new DateType("1951-04-17"));
		String patientRef = story.create(patient);

		String plan = story.organization("Harborview Dual Advantage (SNP)");
		story.enrollment(patientRef, "2026-01-01", plan);

		String coordinator = staff(story, "Dana", "Whitfield", "care-coordinator", "555-0142");
		String transitions = staff(story, "Samuel", "Adeyemi", "transition-coordinator", "555-0177");

		CareTeam ict = new CareTeam().setStatus(CareTeam.CareTeamStatus.ACTIVE).setSubject(new Reference(patientRef));
		ict.getMeta().addProfile(MocCodes.profile("moc-ict"));
		ict.addCategory(new CodeableConcept(new Coding(CS_ARTIFACT, "ict", "Interdisciplinary care team")));
		ict.setName("Marisol's care team");
		ict.getPeriod().setStartElement(new DateTimeType("2026-02-01"));
		participant(ict, "care-coordinator", coordinator, "Dana Whitfield");
		participant(ict, "transition-coordinator", transitions, "Samuel Adeyemi");
		participant(ict, "beneficiary", patientRef, "Marisol Okonkwo-Lindqvist");
		String team = story.create(ict);

		Goal goal = new Goal().setLifecycleStatus(Goal.GoalLifecycleStatus.ACTIVE)
				.setDescription(new CodeableConcept().setText("Walk for 20 minutes on most days"))
				.setSubject(new Reference(patientRef));
		goal.getMeta().addProfile(MocCodes.profile("moc-self-management-goal"));
		goal.addCategory(new CodeableConcept(new Coding(CS_ARTIFACT, "self-management", "Self-management goal")));
		goal.addTarget().setDue(new DateType("2027-03-31"));
		String goalRef = story.create(goal);

		CarePlan icp = new CarePlan().setStatus(CarePlan.CarePlanStatus.ACTIVE).setIntent(CarePlan.CarePlanIntent.PLAN)
				.setSubject(new Reference(patientRef))
				.setTitle("Staying well at home")
				.setDescription("Keep your blood sugar steady and stay active, with weekly help from your care coordinator.");
		icp.getMeta().addProfile(MocCodes.profile("moc-icp"));
		icp.addCategory(new CodeableConcept(new Coding(CS_ARTIFACT, "icp", "Individualized care plan")));
		icp.setCreatedElement(new DateTimeType("2026-03-02"));
		icp.getPeriod().setStartElement(new DateTimeType("2026-03-02")).setEndElement(new DateTimeType("2027-03-01"));
		icp.addGoal(new Reference(goalRef));
		icp.addCareTeam(new Reference(team));
		icp.addActivity().getDetail().setStatus(CarePlan.CarePlanActivityStatus.INPROGRESS)
				.setDescription("Weekly phone call with your care coordinator");
		story.create(icp);

		return new MyCareStory(patientRef.substring("Patient/".length()), "Marisol Okonkwo-Lindqvist", mbi,
				"Staying well at home", "Weekly phone call with your care coordinator", "Walk for 20 minutes on most days",
				"2027-03-31", "Dana Whitfield", "Samuel Adeyemi");
	}

	private static String staff(CareStory story, String given, String family, String ictRole, String phone) {
		Practitioner person = new Practitioner().setActive(true);
		person.getMeta().addProfile(MocCodes.profile("moc-practitioner"));
		person.addName().setFamily(family).addGiven(given);
		PractitionerRole role = new PractitionerRole().setActive(true)
				.setPractitioner(new Reference(story.create(person)).setDisplay(given + " " + family));
		role.getMeta().addProfile(MocCodes.profile("moc-practitioner-role"));
		role.addCode(new CodeableConcept(new Coding(CS_ICT_ROLE, ictRole, null)));
		role.getPeriod().setStartElement(new DateTimeType("2025-06-01"));
		role.addTelecom().setSystem(ContactPoint.ContactPointSystem.PHONE).setValue(phone);
		return story.create(role);
	}

	private static void participant(CareTeam team, String role, String member, String display) {
		team.addParticipant().setMember(new Reference(member).setDisplay(display))
				.addRole(new CodeableConcept(new Coding(CS_ICT_ROLE, role, null)))
				.getPeriod().setStartElement(new DateTimeType("2026-02-01"));
	}

	/** A Medicare Beneficiary Identifier in CMS's format (11 characters; letters without S, L, O, I, B, Z). */
	static String randomMbi() {
		SecureRandom random = new SecureRandom();
		String letters = "ACDEFGHJKMNPQRTUVWXY";
		String digits = "0123456789";
		String both = letters + digits;
		String[] pattern = {"123456789", letters, both, digits, letters, both, digits, letters, letters, digits, digits};
		StringBuilder mbi = new StringBuilder();
		for (String alphabet : pattern) {
			mbi.append(alphabet.charAt(random.nextInt(alphabet.length())));
		}
		return mbi.toString();
	}
}
