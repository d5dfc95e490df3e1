package org.snpmoc.compliance.factors.staff;

import static org.snpmoc.compliance.factors.ict.IctFixtures.*;
import static org.snpmoc.contract.MocCodes.*;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.hl7.fhir.r4.model.Organization;
import org.hl7.fhir.r4.model.Practitioner;
import org.hl7.fhir.r4.model.PractitionerRole;
import org.hl7.fhir.r4.model.Reference;
import org.hl7.fhir.r4.model.Resource;
import org.hl7.fhir.r4.model.Task;

/** A plan's staff: roles in the plan organization, practitioners with their MOC trainings, remediation tasks. */
final class StaffFixtures {
	private StaffFixtures() {}

	/** An active role of the function held by the practitioner since start, in Organization/plan. */
	static PractitionerRole role(String id, String function, String practitioner, LocalDate start) {
		PractitionerRole role = new PractitionerRole();
		role.setId(id);
		role.setActive(true);
		role.addCode(concept(CS_ICT_ROLE, function));
		role.addSpecialty().setText("duties of " + function);
		role.setPractitioner(new Reference("Practitioner/" + practitioner));
		role.setOrganization(new Reference("Organization/plan"));
		role.setPeriod(period(start, null));
		return role;
	}

	/** A practitioner with one issued MOC training completed on each date. */
	static Practitioner practitioner(String id, LocalDate... trainings) {
		Practitioner practitioner = new Practitioner();
		practitioner.setId(id);
		practitioner.addName().setFamily("Lee").addGiven("Dana");
		for (LocalDate completed : trainings) {
			practitioner.addQualification()
					.setCode(concept(CS_ARTIFACT, MOC_TRAINING))
					.setPeriod(period(completed, null))
					.setIssuer(new Reference("Organization/plan"));
		}
		return practitioner;
	}

	static Organization organization(String id, String partOf) {
		Organization org = new Organization();
		org.setId(id);
		if (partOf != null) {
			org.setPartOf(new Reference(partOf));
		}
		return org;
	}

	static Task remediation(String id, String forReference) {
		Task task = new Task();
		task.setId(id);
		task.setStatus(Task.TaskStatus.REQUESTED);
		task.setIntent(Task.TaskIntent.ORDER);
		task.setCode(concept(CS_ARTIFACT, TRAINING_REMEDIATION));
		task.setFor(new Reference(forReference));
		return task;
	}

	/** The roster of the given resources plus the plan's root organization. */
	static StaffRoster roster(Resource... resources) {
		List<Resource> all = new ArrayList<>(Arrays.asList(resources));
		all.add(organization("plan", null));
		return StaffRoster.of(all);
	}

	/** Every function of 2A.1 and 2A.2 held by one staff member each, trained on time. */
	static List<Resource> fullyStaffed(String suffix) {
		List<Resource> staff = new ArrayList<>();
		for (var function : List.of("enrollment-staff", "claims-staff", "administrative-oversight", "direct-care-educator",
				"care-coordinator", "pharmacist", "behavioral-health", "clinical-oversight")) {
			String id = function + suffix;
			staff.add(role("r-" + id, function, id, daysBefore(60)));
			staff.add(practitioner(id, daysBefore(30)));
		}
		return staff;
	}
}
