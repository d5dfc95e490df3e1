package org.snpmoc.support;

import static org.snpmoc.contract.MocCodes.CS_ARTIFACT;
import static org.snpmoc.contract.MocCodes.CS_COMMUNICATION;
import static org.snpmoc.contract.MocCodes.CS_ICT_ROLE;
import static org.snpmoc.contract.MocCodes.V3_ACT_CODE;

import ca.uhn.fhir.rest.client.api.IGenericClient;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.hl7.fhir.instance.model.api.IBaseResource;
import org.hl7.fhir.r4.model.CarePlan;
import org.hl7.fhir.r4.model.CareTeam;
import org.hl7.fhir.r4.model.CodeableConcept;
import org.hl7.fhir.r4.model.Coding;
import org.hl7.fhir.r4.model.Communication;
import org.hl7.fhir.r4.model.Coverage;
import org.hl7.fhir.r4.model.DateTimeType;
import org.hl7.fhir.r4.model.Encounter;
import org.hl7.fhir.r4.model.Location;
import org.hl7.fhir.r4.model.Organization;
import org.hl7.fhir.r4.model.Patient;
import org.hl7.fhir.r4.model.Practitioner;
import org.hl7.fhir.r4.model.PractitionerRole;
import org.hl7.fhir.r4.model.Questionnaire;
import org.hl7.fhir.r4.model.Reference;
import org.hl7.fhir.r4.model.Resource;
import org.snpmoc.contract.MocCodes;

/**
 * Builds a beneficiary's story on the server under test, resource by resource, shaped like the IG's examples
 * (so they pass the IG profiles). Every call creates new resources: tests sharing the database stay apart.
 */
public final class CareStory {
	private final IGenericClient client;

	public CareStory(IGenericClient client) {
		this.client = client;
	}

	/** Stores the IG's HRA instrument under its own id (idempotent). */
	public Questionnaire hraInstrument() {
		try {
			Questionnaire hra = client.getFhirContext().newJsonParser().parseResource(Questionnaire.class,
					Files.readString(Path.of("profiles/Questionnaire-dsnp-hra.json")));
			client.update().resource(hra).execute();
			return hra;
		} catch (IOException e) {
			throw new UncheckedIOException(e);
		}
	}

	public String patient() {
		Patient patient = new Patient().setActive(true);
		patient.addName().setFamily("Rivera").addGiven("Luz");
		return create(patient);
	}

	public String organization(String name) {
		return create(new Organization().setActive(true).setName(name));
	}

	public String location(String name, String managingOrganization) {
		return create(new Location().setStatus(Location.LocationStatus.ACTIVE).setName(name)
				.setManagingOrganization(new Reference(managingOrganization)));
	}

	/** A staff member and their role, coded with the ict-role; answers the PractitionerRole. */
	public String staff(String ictRole) {
		Practitioner person = new Practitioner().setActive(true);
		person.getMeta().addProfile(MocCodes.profile("moc-practitioner"));
		person.addName().setFamily("Staff").addGiven(ictRole);
		PractitionerRole role = new PractitionerRole().setActive(true).setPractitioner(new Reference(create(person)));
		role.getMeta().addProfile(MocCodes.profile("moc-practitioner-role"));
		role.addCode(new CodeableConcept(new Coding(CS_ICT_ROLE, ictRole, null)));
		role.getPeriod().setStartElement(new DateTimeType("2025-01-01"));
		return create(role);
	}

	/** An active ICT with the given members, each as role → member. */
	public String ict(String patient, String... roleAndMember) {
		CareTeam ict = new CareTeam().setStatus(CareTeam.CareTeamStatus.ACTIVE).setSubject(new Reference(patient));
		ict.getMeta().addProfile(MocCodes.profile("moc-ict"));
		ict.addCategory(new CodeableConcept(new Coding(CS_ARTIFACT, "ict", "Interdisciplinary care team")));
		for (int i = 0; i < roleAndMember.length; i += 2) {
			ict.addParticipant().setMember(new Reference(roleAndMember[i + 1]))
					.addRole(new CodeableConcept(new Coding(CS_ICT_ROLE, roleAndMember[i], null)));
		}
		return create(ict);
	}

	public Encounter stay(String patient, String actClass, String admitted, String hospital) {
		Encounter stay = new Encounter().setStatus(Encounter.EncounterStatus.INPROGRESS)
				.setClass_(new Coding(V3_ACT_CODE, actClass, null)).setSubject(new Reference(patient))
				.setServiceProvider(new Reference(hospital));
		stay.getMeta().addProfile(MocCodes.profile("moc-transition-encounter"));
		stay.getPeriod().getStartElement().setValueAsString(admitted);
		stay.setId(create(stay));
		return stay;
	}

	/** A completed Communication of the moc-communication category, about the given resources. */
	public String communication(String patient, String category, String sent, String recipient, String... about) {
		Communication c = new Communication().setStatus(Communication.CommunicationStatus.COMPLETED)
				.setSubject(new Reference(patient)).addRecipient(new Reference(recipient));
		for (String subject : about) {
			c.addAbout(new Reference(subject));
		}
		c.getMeta().addProfile(MocCodes.profile("moc-communication"));
		c.addCategory(new CodeableConcept(new Coding(CS_COMMUNICATION, category, null)));
		c.getSentElement().setValueAsString(sent);
		return create(c);
	}

	public String enrollment(String patient, String start, String payor) {
		Coverage coverage = new Coverage().setStatus(Coverage.CoverageStatus.ACTIVE)
				.setType(new CodeableConcept(new Coding(CS_ARTIFACT, "snp-enrollment", "SNP enrollment")))
				.setBeneficiary(new Reference(patient));
		coverage.getMeta().addProfile(MocCodes.profile("moc-snp-enrollment"));
		coverage.addPayor(new Reference(payor));
		coverage.getPeriod().getStartElement().setValueAsString(start);
		return create(coverage);
	}

	/** An active ICP of the beneficiary, first version dated {@code created}. */
	public String icp(String patient, String created) {
		CarePlan plan = new CarePlan().setStatus(CarePlan.CarePlanStatus.ACTIVE).setIntent(CarePlan.CarePlanIntent.PLAN)
				.setSubject(new Reference(patient));
		plan.getMeta().addProfile(MocCodes.profile("moc-icp"));
		plan.addCategory(new CodeableConcept(new Coding(CS_ARTIFACT, "icp", "Individualized care plan")));
		plan.getCreatedElement().setValueAsString(created);
		return create(plan);
	}

	/** Creates the resource; answers its "Type/id". */
	public String create(Resource resource) {
		return client.create().resource(resource).execute().getId().toUnqualifiedVersionless().getValue();
	}

	public <T extends IBaseResource> T read(Class<T> type, String reference) {
		return client.read().resource(type).withUrl(reference).execute();
	}
}
