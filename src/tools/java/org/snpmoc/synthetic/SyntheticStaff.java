package org.snpmoc.synthetic;

import static org.snpmoc.contract.MocCodes.CS_ARTIFACT;
import static org.snpmoc.contract.MocCodes.CS_ICT_ROLE;
import static org.snpmoc.contract.MocCodes.EXT_STAFF_RESPONSIBILITY;
import static org.snpmoc.contract.MocCodes.MOC_TRAINING;
import static org.snpmoc.contract.MocCodes.profile;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.hl7.fhir.r4.model.CodeableConcept;
import org.hl7.fhir.r4.model.Coding;
import org.hl7.fhir.r4.model.DateTimeType;
import org.hl7.fhir.r4.model.Identifier;
import org.hl7.fhir.r4.model.Location;
import org.hl7.fhir.r4.model.Organization;
import org.hl7.fhir.r4.model.Period;
import org.hl7.fhir.r4.model.Practitioner;
import org.hl7.fhir.r4.model.PractitionerRole;
import org.hl7.fhir.r4.model.Reference;
import org.hl7.fhir.r4.model.Resource;
import org.hl7.fhir.r4.model.StringType;
import org.snpmoc.contract.IctRole;

/**
 * The plan's organization chart and staff, sized to the population: every ict-role staff function held by at
 * least two people, one care coordinator per ~100 members. Everyone completes MOC training on time, except a few
 * recently hired nurses who trained weeks late (the pool that beneficiaries drawn to miss 2A.5 get on their ICT).
 * Hospitals and skilled-nursing facilities (with a Location each) are the settings of care transitions.
 */
final class SyntheticStaff {
	static final String PLAN = "syn-org-plan";
	private static final String CARE_MANAGEMENT = "syn-org-care-management";
	private static final String OPERATIONS = "syn-org-operations";
	private static final String[] REGIONS = {"north", "central", "south"};

	/** Members per staff member of each function, and the responsibility that goes with the job. */
	private record Function(IctRole role, int membersPer, String responsibility) {}

	private static final List<Function> FUNCTIONS = List.of(
			new Function(IctRole.CARE_COORDINATOR, 100, "Leads the ICT and coordinates care for a panel of D-SNP members"),
			new Function(IctRole.TRANSITION_COORDINATOR, 800, "Coordinates hospital and facility admissions and discharges"),
			new Function(IctRole.PRIMARY_CARE, 250, "Primary care provider of assigned members"),
			new Function(IctRole.NURSE, 300, "Nurse case manager: functional needs, home safety and medication reconciliation"),
			new Function(IctRole.BEHAVIORAL_HEALTH, 400, "Behavioral health clinician: depression, anxiety and cognitive concerns"),
			new Function(IctRole.PHARMACIST, 800, "Clinical pharmacist: medication reviews for members with complex regimens"),
			new Function(IctRole.SOCIAL_WORKER, 500, "Social worker: housing, food, benefits and caregiver support"),
			new Function(IctRole.DIRECT_CARE_EDUCATOR, 2000, "Teaches members and caregivers self-management after discharge"),
			new Function(IctRole.CLINICAL_OVERSIGHT, 5000, "Medical director: clinical oversight of the Model of Care"),
			new Function(IctRole.ENROLLMENT_STAFF, 2500, "Processes D-SNP enrollment and dual-eligibility verification"),
			new Function(IctRole.CLAIMS_STAFF, 2500, "Processes claims and encounter data"),
			new Function(IctRole.ADMINISTRATIVE_OVERSIGHT, 5000, "Administrative oversight of the Model of Care"));

	private static final String[] GIVEN = {"Ana", "James", "Maria", "David", "Linh", "Grace", "Carlos", "Aisha", "Robert",
		"Mei", "Jose", "Fatima", "Michael", "Elena", "Samuel", "Priya", "Thomas", "Yolanda", "Kevin", "Rosa"};
	private static final String[] FAMILY = {"Morales", "Okafor", "Nguyen", "Smith", "Patel", "Garcia", "Johnson", "Kim",
		"Williams", "Hernandez", "Brown", "Chen", "Lopez", "Davis", "Ali", "Rivera", "Wilson", "Martinez", "Lee", "Clark"};

	private final List<Resource> resources = new ArrayList<>();
	private final Map<IctRole, List<String>> roleIds = new LinkedHashMap<>();
	private final List<String> lateNurses = new ArrayList<>();
	private final List<String> hospitals = new ArrayList<>();
	private final List<String> facilities = new ArrayList<>();

	SyntheticStaff(int beneficiaries, LocalDate asOf, Draws draws) {
		organizations(beneficiaries);
		int serial = 0;
		for (Function function : FUNCTIONS) {
			int count = Math.max(2, (beneficiaries + function.membersPer() - 1) / function.membersPer());
			for (int n = 1; n <= count; n++) {
				LocalDate start = asOf.minusDays(draws.between(500, 3000));
				String id = staff(function, n, ++serial, start, onTimeTrainings(start, asOf, draws), draws);
				roleIds.computeIfAbsent(function.role(), k -> new ArrayList<>()).add(id);
			}
		}
		Function nurse = FUNCTIONS.get(3);
		int late = Math.max(2, beneficiaries / 2000);
		for (int n = 1; n <= late; n++) {
			LocalDate start = asOf.minusDays(draws.between(150, 250));
			List<LocalDate> training = List.of(start.plusDays(draws.between(110, 130)));
			lateNurses.add(staff(nurse, 900 + n, ++serial, start, training, draws));
		}
	}

	private void organizations(int beneficiaries) {
		resources.add(org(PLAN, "Sunrise Dual Health Plan", "pay", null));
		resources.add(org(CARE_MANAGEMENT, "Sunrise Dual Health Plan - Care Management", "dept", PLAN));
		resources.add(org(OPERATIONS, "Sunrise Dual Health Plan - Operations", "dept", PLAN));
		for (String region : REGIONS) {
			resources.add(org("syn-org-care-" + region, "Care Management - " + region + " region", "team", CARE_MANAGEMENT));
		}
		int settings = Math.max(2, beneficiaries / 2000);
		for (int k = 1; k <= settings; k++) {
			String hospital = "syn-org-hospital-" + k;
			resources.add(org(hospital, "Bayfront General Hospital " + k, "prov", null));
			hospitals.add(hospital);
			String snf = "syn-org-snf-" + k;
			resources.add(org(snf, "Palm Gardens Skilled Nursing " + k, "prov", null));
			Location unit = new Location().setStatus(Location.LocationStatus.ACTIVE).setName("Palm Gardens rehabilitation unit " + k)
					.setManagingOrganization(new Reference("Organization/" + snf));
			unit.setId("syn-loc-snf-" + k);
			resources.add(unit);
			facilities.add(unit.getIdElement().getIdPart());
		}
	}

	private static Organization org(String id, String name, String type, String partOf) {
		Organization org = new Organization().setActive(true).setName(name);
		org.addType().addCoding(new Coding("http://terminology.hl7.org/CodeSystem/organization-type", type, null));
		if (partOf != null) {
			org.setPartOf(new Reference("Organization/" + partOf));
		}
		org.setId(id);
		return org;
	}

	/** First training 10-60 days into the role, then every 250-340 days up to asOf. */
	private static List<LocalDate> onTimeTrainings(LocalDate start, LocalDate asOf, Draws draws) {
		List<LocalDate> dates = new ArrayList<>();
		LocalDate next = start.plusDays(draws.between(10, 60));
		while (!next.isAfter(asOf)) {
			dates.add(next);
			next = next.plusDays(draws.between(250, 340));
		}
		return dates;
	}

	private String staff(Function function, int n, int serial, LocalDate start, List<LocalDate> trainings, Draws draws) {
		String code = function.role().code();
		Practitioner person = new Practitioner().setActive(true);
		person.setId("syn-staff-" + code + "-" + n);
		person.getMeta().addProfile(profile("moc-practitioner"));
		person.addIdentifier(new Identifier().setSystem("http://sunrise-dual.example.org/staff-id").setValue("SD-" + (1000 + serial)));
		person.addName().setFamily(FAMILY[draws.between(0, FAMILY.length - 1)]).addGiven(GIVEN[draws.between(0, GIVEN.length - 1)]);
		for (LocalDate date : trainings) {
			person.addQualification()
					.setCode(new CodeableConcept(new Coding(CS_ARTIFACT, MOC_TRAINING, "MOC training")))
					.setPeriod(new Period().setStartElement(new DateTimeType(date.toString())))
					.setIssuer(new Reference("Organization/" + PLAN));
		}
		resources.add(person);

		PractitionerRole role = new PractitionerRole().setActive(true);
		role.setId("syn-role-" + code + "-" + n);
		role.getMeta().addProfile(profile("moc-practitioner-role"));
		role.addExtension(EXT_STAFF_RESPONSIBILITY, new StringType(function.responsibility()));
		role.setPractitioner(new Reference("Practitioner/" + person.getIdElement().getIdPart()));
		role.setOrganization(new Reference("Organization/" + (function.role().clinical()
				? "syn-org-care-" + REGIONS[n % REGIONS.length] : OPERATIONS)));
		role.addCode(new CodeableConcept(new Coding(CS_ICT_ROLE, code, null)));
		role.setPeriod(new Period().setStartElement(new DateTimeType(start.toString())));
		resources.add(role);
		return role.getIdElement().getIdPart();
	}

	List<Resource> resources() {
		return resources;
	}

	String pick(IctRole function, Draws draws) {
		return draws.pick(roleIds.get(function));
	}

	String lateNurse(Draws draws) {
		return draws.pick(lateNurses);
	}

	String hospital(Draws draws) {
		return draws.pick(hospitals);
	}

	/** A skilled-nursing unit (Location id); its Organization has the same number. */
	String facility(Draws draws) {
		return draws.pick(facilities);
	}
}
