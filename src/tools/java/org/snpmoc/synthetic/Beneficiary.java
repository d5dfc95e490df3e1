package org.snpmoc.synthetic;

import static org.snpmoc.contract.MocCodes.EXT_INTERPRETER_REQUIRED;

import java.time.LocalDate;
import java.util.List;
import org.hl7.fhir.r4.model.BooleanType;
import org.hl7.fhir.r4.model.CodeableConcept;
import org.hl7.fhir.r4.model.Coding;
import org.hl7.fhir.r4.model.Communication;
import org.hl7.fhir.r4.model.Coverage;
import org.hl7.fhir.r4.model.Enumerations.AdministrativeGender;
import org.hl7.fhir.r4.model.Identifier;
import org.hl7.fhir.r4.model.Patient;
import org.hl7.fhir.r4.model.Period;
import org.hl7.fhir.r4.model.RelatedPerson;
import org.snpmoc.contract.MocCodes;

/**
 * The beneficiary, their caregiver and SNP enrollment, and how anything sent to them must be written: in their
 * preferred language, through an interpreter when they need one.
 */
final class Beneficiary {
	private static final String[] LANGUAGES = {"es", "es", "es", "vi", "zh", "ht", "ru"};
	private static final String[] GIVEN_F = {"Rosa", "Dorothy", "Mai", "Gloria", "Betty", "Carmen", "Helen", "Lucia"};
	private static final String[] GIVEN_M = {"Jose", "Walter", "Minh", "Harold", "Luis", "Frank", "Wei", "Jean"};
	private static final String[] FAMILY = {"Delgado", "Nguyen", "Johnson", "Pierre", "Chen", "Williams", "Ramirez", "Ivanova"};
	private static final String[] CITIES = {"Miami", "Hialeah", "Fort Lauderdale", "Homestead", "Kendall"};

	final String language;
	final boolean interpreter;

	Beneficiary(Resources r, int number, Scenario scenario, LocalDate enrolled, Draws draws) {
		language = scenario.nonEnglish() ? draws.pick(List.of(LANGUAGES)) : null;
		interpreter = scenario.nonEnglish() && draws.chance(0.6);
		boolean female = draws.chance(0.6);

		Patient patient = new Patient();
		patient.setId(r.patientId);
		r.all.add(patient);
		if (interpreter) {
			patient.addExtension(EXT_INTERPRETER_REQUIRED, new BooleanType(true));
		}
		patient.addIdentifier(new Identifier().setSystem("http://hl7.org/fhir/sid/us-mbi").setValue(String.format("9SY%08d", number)));
		patient.setActive(true);
		String family = draws.pick(List.of(FAMILY));
		patient.addName().setFamily(family).addGiven(draws.pick(List.of(female ? GIVEN_F : GIVEN_M)));
		patient.setGender(female ? AdministrativeGender.FEMALE : AdministrativeGender.MALE);
		patient.setBirthDateElement(new org.hl7.fhir.r4.model.DateType(LocalDate.of(draws.between(1935, 1961),
				draws.between(1, 12), draws.between(1, 28)).toString()));
		patient.addAddress().addLine(draws.between(100, 9999) + " NW " + draws.between(1, 99) + " Street")
				.setCity(draws.pick(List.of(CITIES))).setState("FL").setPostalCode(String.valueOf(draws.between(33010, 33199)));
		if (language != null) {
			patient.addCommunication().setPreferred(true)
					.setLanguage(new CodeableConcept(new Coding("urn:ietf:bcp:47", language, null)));
		}

		RelatedPerson caregiver = r.add(new RelatedPerson(), "caregiver", null);
		caregiver.setActive(true).setPatient(r.patient());
		caregiver.addRelationship(new CodeableConcept(new Coding("http://terminology.hl7.org/CodeSystem/v3-RoleCode",
				draws.pick(List.of("DAU", "SON", "SPS", "NIECE")), null)));
		caregiver.addName().setFamily(family).addGiven(draws.pick(List.of(draws.chance(0.5) ? GIVEN_F : GIVEN_M)));

		Coverage coverage = r.add(new Coverage(), "enrollment", "moc-snp-enrollment");
		coverage.setStatus(Coverage.CoverageStatus.ACTIVE);
		coverage.setType(Resources.artifact(MocCodes.SNP_ENROLLMENT, "SNP enrollment"));
		coverage.setSubscriberId("SD-" + number);
		coverage.setBeneficiary(r.patient());
		coverage.setRelationship(new CodeableConcept(new Coding("http://terminology.hl7.org/CodeSystem/subscriber-relationship", "self", null)));
		coverage.setPeriod(new Period().setStartElement(Resources.date(enrolled)));
		coverage.addPayor(Resources.ref("Organization", SyntheticStaff.PLAN));
	}

	/** Addresses a Communication to the beneficiary and caregiver, in the form they can use unless told not to. */
	void sendToBeneficiary(Communication c, Resources r, boolean inTheirLanguage) {
		c.addRecipient(r.patient());
		c.addRecipient(r.caregiver());
		if (language != null && inTheirLanguage) {
			c.setLanguage(language);
			if (interpreter) {
				c.addMedium(Resources.artifact(MocCodes.INTERPRETER, "Interpreter"));
			}
		}
	}
}
