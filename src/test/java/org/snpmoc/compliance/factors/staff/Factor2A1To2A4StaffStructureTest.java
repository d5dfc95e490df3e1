package org.snpmoc.compliance.factors.staff;

import static org.assertj.core.api.Assertions.assertThat;
import static org.snpmoc.compliance.factors.ict.IctFixtures.*;
import static org.snpmoc.compliance.factors.staff.StaffFixtures.*;

import java.util.ArrayList;
import java.util.List;
import org.hl7.fhir.r4.model.PractitionerRole;
import org.hl7.fhir.r4.model.Reference;
import org.hl7.fhir.r4.model.Resource;
import org.hl7.fhir.r4.model.StringType;
import org.junit.jupiter.api.Test;
import org.snpmoc.compliance.Outcome;
import org.snpmoc.contract.MocCodes;

class Factor2A1To2A4StaffStructureTest {

	@Test
	void administrativeAndClinicalFunctionsAreMetWhenEachHasAnActiveRole() {
		var roster = roster(fullyStaffed("").toArray(Resource[]::new));

		var admin = new Factor2A1AdministrativeFunctions().evaluate(roster, CONTEXT);
		var clinical = new Factor2A2ClinicalFunctions().evaluate(roster, CONTEXT);

		assertThat(admin.result().outcome()).isEqualTo(Outcome.MET);
		assertThat(admin.checked()).isEqualTo(3);
		assertThat(admin.passing()).isEqualTo(3);
		assertThat(admin.result().evidence()).contains("PractitionerRole/r-claims-staff");
		assertThat(clinical.result().outcome()).isEqualTo(Outcome.MET);
		assertThat(clinical.checked()).isEqualTo(5);
	}

	@Test
	void aFunctionWhoseOnlyRoleIsInactiveOrEndedOrNotStartedIsUnstaffed() {
		List<Resource> staff = new ArrayList<>(fullyStaffed(""));
		staff.stream().filter(r -> r.getIdElement().getIdPart().equals("r-claims-staff"))
				.forEach(r -> ((PractitionerRole) r).setActive(false));
		staff.stream().filter(r -> r.getIdElement().getIdPart().equals("r-pharmacist"))
				.forEach(r -> ((PractitionerRole) r).setPeriod(period(daysBefore(60), daysBefore(1))));
		staff.stream().filter(r -> r.getIdElement().getIdPart().equals("r-behavioral-health"))
				.forEach(r -> ((PractitionerRole) r).setPeriod(period(AS_OF.plusDays(1), null)));
		var roster = roster(staff.toArray(Resource[]::new));

		var admin = new Factor2A1AdministrativeFunctions().evaluate(roster, CONTEXT);
		var clinical = new Factor2A2ClinicalFunctions().evaluate(roster, CONTEXT);

		assertThat(admin.result().outcome()).isEqualTo(Outcome.NOT_MET);
		assertThat(admin.result().reason()).contains("claims-staff");
		assertThat(admin.passing()).isEqualTo(2);
		assertThat(clinical.result().reason()).contains("pharmacist, behavioral-health");
		assertThat(clinical.passing()).isEqualTo(3);
	}

	@Test
	void aRoleEndingOnAsOfIsStillActive() {
		var role = role("r1", "claims-staff", "p1", daysBefore(60));
		role.setPeriod(period(daysBefore(60), AS_OF));

		assertThat(StaffRoster.isActive(role, CONTEXT)).isTrue();
	}

	@Test
	void rolesWithTitleResponsibilityAndAPlaceInTheChartMeet2A3() {
		var role = role("r1", "care-coordinator", "p1", daysBefore(60));
		role.setOrganization(new Reference("Organization/care-dept"));
		role.getSpecialty().clear();
		role.addExtension(MocCodes.EXT_STAFF_RESPONSIBILITY, new StringType("leads the ICT"));

		var result = new Factor2A3RoleDefinitions().evaluate(roster(role, organization("care-dept", "Organization/plan")), CONTEXT);

		assertThat(result.result().outcome()).isEqualTo(Outcome.MET);
		assertThat(result.checked()).isEqualTo(1);
		assertThat(result.result().evidence()).containsExactly("PractitionerRole/r1");
	}

	@Test
	void rolesWithoutTitleOrResponsibilityOrOutsideTheChartFail2A3() {
		var untitled = role("r1", "care-coordinator", "p1", daysBefore(60));
		untitled.getCode().clear();
		untitled.getSpecialty().clear();
		var broken = role("r2", "nurse", "p2", daysBefore(60));
		broken.setOrganization(new Reference("Organization/orphan"));
		var looping = role("r3", "nurse", "p3", daysBefore(60));
		looping.setOrganization(new Reference("Organization/a"));
		var fine = role("r4", "pharmacist", "p4", daysBefore(60));

		var result = new Factor2A3RoleDefinitions().evaluate(roster(untitled, broken, looping, fine,
				organization("orphan", "Organization/gone"), organization("a", "Organization/b"),
				organization("b", "Organization/a")), CONTEXT);

		assertThat(result.result().outcome()).isEqualTo(Outcome.NOT_MET);
		assertThat(result.result().reason())
				.contains("PractitionerRole/r1: no job title (ict-role code), no responsibility")
				.contains("PractitionerRole/r2: the organization chart breaks at Organization/orphan")
				.contains("PractitionerRole/r3: the organization chart loops");
		assertThat(result.checked()).isEqualTo(4);
		assertThat(result.passing()).isEqualTo(1);
	}

	@Test
	void noActiveRoleMakes2A3NotApplicable() {
		assertThat(new Factor2A3RoleDefinitions().evaluate(roster(), CONTEXT).result().outcome())
				.isEqualTo(Outcome.NOT_APPLICABLE);
	}

	@Test
	void contingencyNeedsTwoDifferentStaffPerFunction() {
		List<Resource> staff = new ArrayList<>(fullyStaffed("-a"));
		staff.addAll(fullyStaffed("-b"));
		staff.removeIf(r -> r.getIdElement().getIdPart().equals("r-pharmacist-b"));
		staff.add(role("r-pharmacist-again", "pharmacist", "pharmacist-a", daysBefore(10)));

		var result = new Factor2A4Contingency().evaluate(roster(staff.toArray(Resource[]::new)), CONTEXT);

		assertThat(result.result().outcome()).isEqualTo(Outcome.NOT_MET);
		assertThat(result.result().reason()).contains("pharmacist (1 staff)");
		assertThat(result.checked()).isEqualTo(8);
		assertThat(result.passing()).isEqualTo(7);
	}

	@Test
	void contingencyIsMetWithABackupForEveryFunction() {
		List<Resource> staff = new ArrayList<>(fullyStaffed("-a"));
		staff.addAll(fullyStaffed("-b"));

		var result = new Factor2A4Contingency().evaluate(roster(staff.toArray(Resource[]::new)), CONTEXT);

		assertThat(result.result().outcome()).isEqualTo(Outcome.MET);
		assertThat(result.passing()).isEqualTo(8);
	}
}
