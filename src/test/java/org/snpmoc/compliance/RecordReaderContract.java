package org.snpmoc.compliance;

import org.snpmoc.security.SmartScopes;

import org.snpmoc.security.Caller;

import org.snpmoc.audit.AuditEvents;

import org.hl7.fhir.r4.model.AuditEvent;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowable;

import ca.uhn.fhir.context.FhirContext;
import ca.uhn.fhir.jpa.searchparam.SearchParameterMap;
import ca.uhn.fhir.rest.client.api.IGenericClient;
import ca.uhn.fhir.rest.server.exceptions.ResourceVersionConflictException;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeSet;
import java.util.UUID;
import java.util.function.Function;
import org.hl7.fhir.r4.model.Address;
import org.hl7.fhir.r4.model.Appointment;
import org.hl7.fhir.r4.model.CarePlan;
import org.hl7.fhir.r4.model.CodeableConcept;
import org.hl7.fhir.r4.model.Coding;
import org.hl7.fhir.r4.model.Communication;
import org.hl7.fhir.r4.model.DateTimeType;
import org.hl7.fhir.r4.model.DecimalType;
import org.hl7.fhir.r4.model.Encounter;
import org.hl7.fhir.r4.model.Enumerations;
import org.hl7.fhir.r4.model.Extension;
import org.hl7.fhir.r4.model.Goal;
import org.hl7.fhir.r4.model.HumanName;
import org.hl7.fhir.r4.model.IdType;
import org.hl7.fhir.r4.model.Identifier;
import org.hl7.fhir.r4.model.InstantType;
import org.hl7.fhir.r4.model.Location;
import org.hl7.fhir.r4.model.Observation;
import org.hl7.fhir.r4.model.Organization;
import org.hl7.fhir.r4.model.Patient;
import org.hl7.fhir.r4.model.Period;
import org.hl7.fhir.r4.model.Practitioner;
import org.hl7.fhir.r4.model.PractitionerRole;
import org.hl7.fhir.r4.model.Quantity;
import org.hl7.fhir.r4.model.Reference;
import org.hl7.fhir.r4.model.Resource;
import org.hl7.fhir.r4.model.StringType;
import org.hl7.fhir.r4.model.Task;
import org.snpmoc.audit.AuditTrail;
import org.snpmoc.hra.HraTools;

/**
 * The contract of the record readers: on data that is not shaped like the IG's examples (a Synthea-like patient,
 * profiles, tags and security labels on the resources, revised CarePlans, deleted and re-created resources, staff
 * two references away), the row reader's records are the records HAPI's searches give, resource for resource and
 * version for version, equal as JSON. Shared by the H2 and PostgreSQL tests.
 */
final class RecordReaderContract {
	private static final FhirContext FHIR = FhirContext.forR4Cached();
	private static final ObjectMapper JSON = new ObjectMapper().configure(SerializationFeature.ORDER_MAP_ENTRIES_BY_KEYS, true);
	private static final String SYNTHEA = "https://synthetichealth.github.io/synthea";
	private static final String US_CORE = "http://hl7.org/fhir/us/core/StructureDefinition/";
	private static final String CONFIDENTIALITY = "http://terminology.hl7.org/CodeSystem/v3-Confidentiality";
	private static final String ACT_REASON = "http://terminology.hl7.org/CodeSystem/v3-ActReason";

	private final IGenericClient client;
	private final MocStories stories;
	private final String s = UUID.randomUUID().toString().substring(0, 8);
	private final PatientRecords hapi;
	private final PatientRecords rows;
	private final FhirStore store;

	private String synthea;
	private String plain;
	private String gone;
	private Observation deletedObservation;

	private final AuditTrail trail;

	RecordReaderContract(IGenericClient client, FhirStore store, HapiRecordReader hapiReader, StoredRows rowReader,
			HraTools tools, AuditTrail trail) {
		this.client = client;
		this.trail = trail;
		this.stories = new MocStories(client);
		this.store = store;
		this.hapi = new PatientRecordLoader(store, hapiReader, tools);
		this.rows = new PatientRecordLoader(store, rowReader, tools);
	}

	/** Loads the data, compares both readers on single and batch loads, and proves the comparison can fail. */
	void verify() {
		load();
		// The server's record of the beneficiary's own read (an agent: in the record) and of a staff read of their
		// data (only an entity: not in it); both readers must draw that line alike.
		for (Caller who : List.of(
				new Caller("member-app", "member", "Patient/" + synthea, synthea, SmartScopes.of(List.of("patient/*.rs"))),
				new Caller("ehr", "nurse", "Practitioner/n-" + s, null, SmartScopes.of(List.of("user/*.rs"))))) {
			trail.record(AuditEvents.build(new AuditEvents.Access("read", AuditEvent.AuditEventAction.R, 200,
					java.time.Instant.parse("2026-06-09T23:30:00Z"), who, "203.0.113.9", java.util.Set.of("Patient/" + synthea),
					List.of("Patient/" + synthea), null, null)));
		}
		settleAuditTrail();
		List<String> mine = List.of(synthea, plain, gone, "no-such-patient-" + s);

		int compared = 0;
		for (String id : List.of(synthea, plain)) {
			List<PatientRecord> expected = List.of(hapi.load(id));
			assertThat(differences(expected, List.of(rows.load(id)))).as("single load of " + id).isEmpty();
			compared += size(expected);
		}
		Throwable hapiGone = catchThrowable(() -> hapi.load(gone));
		assertThat(hapiGone).isNotNull();
		assertThatThrownBy(() -> rows.load(gone)).isInstanceOf(hapiGone.getClass());

		List<PatientRecord> expected = hapi.batches().load(mine);
		assertThat(expected).extracting(PatientRecord::patientKey).containsExactly("Patient/" + synthea, "Patient/" + plain);
		assertThat(differences(expected, rows.batches().load(mine))).as("batch of this test's beneficiaries").isEmpty();
		exercisesTheContract(expected);
		comparisonCatches(expected);

		// Every beneficiary stored by now (the IG's example and other tests' stories too), a batch at a time with
		// the staff read once per reader, as the plan evaluation reads them.
		List<String> everyone = new ArrayList<>(new TreeSet<>(store.search("Patient", new SearchParameterMap()).stream()
				.map(p -> p.getIdElement().getIdPart()).toList()));
		PatientRecords.Batches hapiBatches = hapi.batches();
		PatientRecords.Batches rowBatches = rows.batches();
		int records = 0;
		long hapiNanos = 0;
		long rowNanos = 0;
		for (int from = 0; from < everyone.size(); from += 50) {
			List<String> batch = everyone.subList(from, Math.min(everyone.size(), from + 50));
			long t0 = System.nanoTime();
			List<PatientRecord> byHapi = hapiBatches.load(batch);
			long t1 = System.nanoTime();
			List<PatientRecord> byRows = rowBatches.load(batch);
			hapiNanos += t1 - t0;
			rowNanos += System.nanoTime() - t1;
			assertThat(differences(byHapi, byRows)).as("batch from " + batch.get(0)).isEmpty();
			records += byHapi.size();
			compared += size(byHapi);
		}
		System.out.printf("Record reader contract: %d records (%d stored patients) equal on both readers, %d resource"
						+ " versions compared as JSON; batch reads %d ms through HAPI's searches, %d ms from the rows%n",
				records, everyone.size(), compared, hapiNanos / 1_000_000, rowNanos / 1_000_000);
	}

	/** The records hold the AuditEvents of the loading requests: both readers must see all of them. */
	private void settleAuditTrail() {
		try {
			assertThat(trail.awaitWritten(java.time.Duration.ofSeconds(30))).as("audit trail written").isTrue();
		} catch (InterruptedException e) {
			Thread.currentThread().interrupt();
			throw new IllegalStateException(e);
		}
	}

	/** The data really has what the contract is about, so that agreement is not agreement on nothing. */
	private void exercisesTheContract(List<PatientRecord> records) {
		PatientRecord a = records.get(0);
		assertThat(a.all(AuditEvent.class)).as("the beneficiary's own read, not the staff read")
				.anyMatch(e -> e.getAgent().stream().anyMatch(g -> a.patientKey().equals(g.getWho().getReference())))
				.noneMatch(e -> e.getAgent().stream().anyMatch(g -> g.getWho().getReference() != null
						&& g.getWho().getReference().startsWith("Practitioner/")));
		List<Resource> all = records.stream().flatMap(r -> r.all(Resource.class).stream()).toList();
		assertThat(all).anyMatch(r -> r.getMeta().getTag().stream().anyMatch(Coding::hasUserSelected));
		assertThat(all).anyMatch(r -> r.getMeta().hasSecurity());
		assertThat(all).anyMatch(r -> r.getMeta().getProfile().size() > 1);
		assertThat(all).anyMatch(r -> r.getMeta().hasSource());
		assertThat(a.carePlanVersions()).extracting(PatientRecord::versionKey)
				.containsExactly("CarePlan/icp-" + s + "/_history/1", "CarePlan/icp-" + s + "/_history/2",
						"CarePlan/icp-" + s + "/_history/3");
		assertThat(a.carePlanVersions().get(2).getMeta().getTag()).extracting(Coding::getCode).contains("icp-reviewed");
		List<String> keys = a.all(Resource.class).stream().map(Resource::getIdElement).map(IdType::toUnqualified)
				.map(IdType::getValue).toList();
		// Written again after its deletion, the goal is current at a version after the deletion's.
		assertThat(a.all(Goal.class)).singleElement().satisfies(g -> assertThat(g.getIdElement().getVersionIdPartAsLong()).isGreaterThan(2));
		assertThat(keys).contains("PractitionerRole/role-" + s + "/_history/1",
				"Practitioner/pr-" + s + "/_history/1", "Organization/org-cm-" + s + "/_history/1",
				"Location/loc-" + s + "/_history/1", "Organization/org-snf-" + s + "/_history/1",
				"Organization/org-plan-" + s + "/_history/1");
		assertThat(keys).noneMatch(k -> k.startsWith("Observation/obs-gone-") || k.startsWith("Location/loc-gone-"));
		assertThat(records.get(1).all(Appointment.class)).extracting(PatientRecord::key).contains("Appointment/appt-" + s);
	}

	/** A reader that dropped tags, profiles or security labels, or returned a deleted resource, is caught. */
	private void comparisonCatches(List<PatientRecord> expected) {
		assertThat(differences(expected, mutated(expected, r -> r.getMeta().hasTag(), r -> r.getMeta().getTag().clear())))
				.anyMatch(d -> d.contains("meta.tag"));
		assertThat(differences(expected, mutated(expected, r -> r.getMeta().hasSecurity(), r -> r.getMeta().getSecurity().clear())))
				.anyMatch(d -> d.contains("meta.security"));
		assertThat(differences(expected, mutated(expected, r -> r.getMeta().getProfile().size() > 1,
				r -> r.getMeta().getProfile().remove(0)))).anyMatch(d -> d.contains("meta.profile"));
		assertThat(differences(expected, mutated(expected, r -> r.getMeta().hasSource(), r -> r.getMeta().setSource(null))))
				.anyMatch(d -> d.contains("meta.source"));
		List<PatientRecord> withDeleted = new ArrayList<>(expected);
		PatientRecord a = expected.get(0);
		List<Resource> resources = new ArrayList<>(a.all(Resource.class));
		resources.add(deletedObservation);
		withDeleted.set(0, new PatientRecord(a.patient(), resources, a.carePlanVersions()));
		assertThat(differences(expected, withDeleted)).anyMatch(d -> d.contains("Observation/obs-gone-" + s));
		List<PatientRecord> oneVersionLess = new ArrayList<>(expected);
		oneVersionLess.set(0, new PatientRecord(a.patient(), a.all(Resource.class), a.carePlanVersions().subList(1, 3)));
		assertThat(differences(expected, oneVersionLess)).anyMatch(d -> d.contains("CarePlan/icp-" + s + "/_history/1"));
	}

	/** The records with the first resource that matches changed (on a copy). */
	private static List<PatientRecord> mutated(List<PatientRecord> records, java.util.function.Predicate<Resource> which,
			java.util.function.Consumer<Resource> change) {
		List<PatientRecord> copy = new ArrayList<>();
		boolean done = false;
		for (PatientRecord record : records) {
			List<Resource> resources = new ArrayList<>();
			for (Resource r : record.all(Resource.class)) {
				if (!done && which.test(r) && !(r instanceof Patient)) {
					r = r.copy();
					change.accept(r);
					done = true;
				}
				resources.add(r);
			}
			copy.add(new PatientRecord(record.patient(), resources, record.carePlanVersions()));
		}
		assertThat(done).as("a resource to change").isTrue();
		return copy;
	}

	/**
	 * What differs between two lists of records: the beneficiaries and their order, the resources of each record
	 * and each CarePlan version by Type/id/version, and each resource as canonical JSON (keys sorted), the first
	 * differing element named.
	 */
	static List<String> differences(List<PatientRecord> expected, List<PatientRecord> actual) {
		List<String> found = new ArrayList<>();
		List<String> expectedPatients = expected.stream().map(PatientRecord::patientKey).toList();
		List<String> actualPatients = actual.stream().map(PatientRecord::patientKey).toList();
		if (!expectedPatients.equals(actualPatients)) {
			found.add("beneficiaries " + actualPatients + " instead of " + expectedPatients);
			return found;
		}
		for (int i = 0; i < expected.size(); i++) {
			Map<String, Object> want = snapshot(expected.get(i));
			Map<String, Object> got = snapshot(actual.get(i));
			for (String key : new TreeSet<>(want.keySet())) {
				if (!got.containsKey(key)) {
					found.add(key + ": missing");
				} else {
					String difference = firstDifference("", want.get(key), got.get(key));
					if (difference != null) {
						found.add(key + ": " + difference);
					}
				}
			}
			new TreeSet<>(got.keySet()).stream().filter(k -> !want.containsKey(k)).forEach(k -> found.add(k + ": not expected"));
		}
		return found;
	}

	private static int size(List<PatientRecord> records) {
		return records.stream().mapToInt(r -> snapshot(r).size()).sum();
	}

	/** "Patient/p current Type/id/_history/n" and "Patient/p version CarePlan/id/_history/n" to the resource's JSON. */
	private static Map<String, Object> snapshot(PatientRecord record) {
		Map<String, Object> snapshot = new LinkedHashMap<>();
		Function<Resource, Object> json = r -> {
			try {
				return JSON.readValue(FHIR.newJsonParser().encodeResourceToString(r), Object.class);
			} catch (JsonProcessingException e) {
				throw new IllegalStateException(e);
			}
		};
		record.all(Resource.class).forEach(r -> snapshot.put(record.patientKey() + " current "
				+ r.getIdElement().toUnqualified().getValue(), json.apply(r)));
		record.carePlanVersions().forEach(v -> snapshot.put(record.patientKey() + " version "
				+ v.getIdElement().toUnqualified().getValue(), json.apply(v)));
		return snapshot;
	}

	@SuppressWarnings("unchecked")
	private static String firstDifference(String path, Object want, Object got) {
		if (want instanceof Map<?, ?> w && got instanceof Map<?, ?> g) {
			for (Object key : new TreeSet<>((java.util.Set<Object>) (java.util.Set<?>) w.keySet())) {
				String d = firstDifference(path.isEmpty() ? key.toString() : path + "." + key, w.get(key), g.get(key));
				if (d != null) {
					return d;
				}
			}
			for (Object key : g.keySet()) {
				if (!w.containsKey(key)) {
					return (path.isEmpty() ? "" : path + ".") + key + " not expected: " + write(g.get(key));
				}
			}
			return null;
		}
		if (want instanceof List<?> w && got instanceof List<?> g && w.size() == g.size()) {
			for (int i = 0; i < w.size(); i++) {
				String d = firstDifference(path + "[" + i + "]", w.get(i), g.get(i));
				if (d != null) {
					return d;
				}
			}
			return null;
		}
		return Objects.equals(want, got) ? null : path + " is " + write(got) + ", expected " + write(want);
	}

	private static String write(Object value) {
		try {
			return JSON.writeValueAsString(value);
		} catch (JsonProcessingException e) {
			throw new IllegalStateException(e);
		}
	}

	/** Writes the test data through the server's REST API, as a plan or an EHR export would. */
	private void load() {
		// Staff and settings: the plan, its care-management department, a nursing facility and its unit.
		Organization plan = new Organization().setName("Plan " + s).setActive(true);
		plan.setId("org-plan-" + s);
		plan.getMeta().addTag("http://example.org/fhir/tags", "payer", "Payer organization");
		put(plan);
		Organization cm = new Organization().setName("Care management " + s).setPartOf(ref("Organization/org-plan-" + s));
		cm.setId("org-cm-" + s);
		cm.getMeta().addSecurity(CONFIDENTIALITY, "N", "normal");
		put(cm);
		Organization snf = new Organization().setName("Skilled nursing " + s);
		snf.setId("org-snf-" + s);
		put(snf);
		Location unit = new Location().setName("Unit " + s).setManagingOrganization(ref("Organization/org-snf-" + s));
		unit.setId("loc-" + s);
		unit.getMeta().addProfile(US_CORE + "us-core-location");
		put(unit);
		Location annex = new Location().setName("Annex " + s);
		annex.setId("loc-annex-" + s);
		put(annex);
		Practitioner nurse = new Practitioner().addName(new HumanName().setFamily("Okafor").addGiven("Ada"));
		nurse.setId("pr-" + s);
		nurse.addIdentifier(new Identifier().setSystem("http://hl7.org/fhir/sid/us-npi").setValue("99" + s.hashCode()));
		nurse.addQualification().setCode(new CodeableConcept().setText("RN")).setIssuer(ref("Organization/org-plan-" + s));
		nurse.getMeta().addProfile(US_CORE + "us-core-practitioner").addTag(SYNTHEA, "synthea", null);
		put(nurse);
		PractitionerRole role = new PractitionerRole().setPractitioner(ref("Practitioner/pr-" + s))
				.setOrganization(ref("Organization/org-cm-" + s));
		role.setId("role-" + s);
		role.addLocation(ref("Location/loc-" + s));
		role.addCode().addCoding(new Coding("http://nucc.org/provider-taxonomy", "163W00000X", "Registered Nurse"));
		role.getMeta().addProfile(US_CORE + "us-core-practitionerrole");
		put(role);
		// A setting deleted before anything referred to it: absent on both readers.
		Location closed = new Location().setName("Closed wing " + s);
		closed.setId("loc-gone-" + s);
		put(closed);
		delete(new IdType("Location", closed.getIdPart()));

		synthea = syntheaPatient();
		stories.enrollment(synthea, "2026-01-01");
		Encounter visit = new Encounter().setStatus(Encounter.EncounterStatus.FINISHED)
				.setClass_(new Coding("http://terminology.hl7.org/CodeSystem/v3-ActCode", "AMB", "ambulatory"))
				.setSubject(ref("Patient/" + synthea)).setServiceProvider(ref("Organization/org-snf-" + s))
				.setPeriod(new Period().setStartElement(new DateTimeType("2026-03-02T09:00:00-05:00"))
						.setEndElement(new DateTimeType("2026-03-02T09:30:00-05:00")));
		visit.setId("enc-" + s);
		visit.addType().addCoding(new Coding("http://snomed.info/sct", "410620009", "Well child visit (procedure)"));
		visit.addParticipant().setIndividual(ref("Practitioner/pr-" + s));
		visit.addLocation().setLocation(ref("Location/loc-" + s));
		visit.addLocation().setLocation(ref("Location/loc-gone-" + s));
		visit.addExtension(new Extension("http://example.org/fhir/StructureDefinition/overflow-site", ref("Location/loc-annex-" + s)));
		visit.getMeta().addProfile(US_CORE + "us-core-encounter").addTag(SYNTHEA, "synthea", null)
				.setSource("https://github.com/synthetichealth/synthea#run-" + s);
		put(visit);
		Observation weight = vital("obs-" + s, "29463-7", "Body weight", 81.4, "kg");
		put(weight);
		Observation mistaken = vital("obs-gone-" + s, "8302-2", "Body height", 17.2, "cm");
		put(mistaken);
		deletedObservation = client.read().resource(Observation.class).withId(mistaken.getIdPart()).execute();
		delete(new IdType("Observation", mistaken.getIdPart()));

		String hra = stories.hra(synthea, "2026-01-20");
		// An ICP revised twice; each version with tags of its own, the last with a second profile and a label.
		CarePlan icp = MocStories.icp("icp-" + s, synthea, "2026-02-10", hra);
		icp.setAuthor(ref("PractitionerRole/role-" + s));
		icp.getMeta().addTag("http://example.org/fhir/icp-workflow", "icp-draft", "Draft reviewed");
		put(icp);
		icp.getExtensionByUrl(org.snpmoc.contract.MocCodes.EXT_ICP_REVISION_DATE).setValue(new DateTimeType("2026-04-01"));
		icp.setDescription("Revised after the spring visit");
		icp.getMeta().getTag().clear();
		icp.getMeta().addTag("http://example.org/fhir/icp-workflow", "icp-revised", "Revised");
		put(icp);
		icp.getExtensionByUrl(org.snpmoc.contract.MocCodes.EXT_ICP_REVISION_DATE).setValue(new DateTimeType("2026-05-15"));
		icp.getMeta().getTag().clear();
		icp.getMeta().addTag(new Coding("http://example.org/fhir/icp-workflow", "icp-reviewed", "Reviewed").setUserSelected(true)
				.setVersion("2"));
		icp.getMeta().addProfile(US_CORE + "us-core-careplan");
		icp.getMeta().addSecurity(ACT_REASON, "HTEST", "test health data");
		put(icp);

		// A goal deleted by mistake and written again.
		Goal goal = new Goal().setLifecycleStatus(Goal.GoalLifecycleStatus.ACTIVE)
				.setDescription(new CodeableConcept().setText("Walk 20 minutes a day")).setSubject(ref("Patient/" + synthea));
		goal.setId("goal-" + s);
		put(goal);
		delete(new IdType("Goal", goal.getIdPart()));
		goal.getMeta().addSecurity(CONFIDENTIALITY, "R", "restricted");
		put(goal);

		Task task = new Task().setStatus(Task.TaskStatus.REQUESTED).setIntent(Task.TaskIntent.ORDER)
				.setFor(ref("Patient/" + synthea)).setOwner(ref("PractitionerRole/role-" + s));
		task.setId("task-" + s);
		task.setDescription("Call about the walking plan");
		task.getMeta().addTag("http://example.org/fhir/tags", "outreach", null).addSecurity(CONFIDENTIALITY, "N", "normal");
		put(task);

		plain = stories.patient();
		stories.enrollment(plain, "2025-11-01");
		Appointment appointment = new Appointment().setStatus(Appointment.AppointmentStatus.BOOKED)
				.setStartElement(new InstantType("2026-07-01T10:00:00-04:00")).setEndElement(new InstantType("2026-07-01T10:30:00-04:00"));
		appointment.setId("appt-" + s);
		appointment.addParticipant().setActor(ref("Patient/" + synthea)).setStatus(Appointment.ParticipationStatus.ACCEPTED);
		appointment.addParticipant().setActor(ref("Patient/" + plain)).setStatus(Appointment.ParticipationStatus.ACCEPTED);
		appointment.addParticipant().setActor(ref("Practitioner/pr-" + s)).setStatus(Appointment.ParticipationStatus.ACCEPTED);
		put(appointment);
		Communication call = new Communication().setStatus(Communication.CommunicationStatus.COMPLETED)
				.setSubject(ref("Patient/" + plain)).setSender(ref("PractitionerRole/role-" + s))
				.setSentElement(new DateTimeType("2026-02-03T15:00:00Z"));
		call.setId("comm-" + s);
		call.addRecipient(ref("Organization/org-cm-" + s));
		call.addPayload().setContent(new StringType("Discussed the care plan"));
		call.getMeta().addSecurity(ACT_REASON, "HTEST", "test health data");
		put(call);

		Patient leaving = new Patient().addName(new HumanName().setFamily("Gone").addGiven("Not"));
		leaving.setId("gone-" + s);
		gone = put(leaving);
		delete(new IdType("Patient", gone));
	}

	/** A patient as Synthea writes one: US Core profile, race and birth-sex extensions, identifiers, geolocation. */
	private String syntheaPatient() {
		Patient p = new Patient().setGender(Enumerations.AdministrativeGender.FEMALE)
				.setBirthDateElement(new org.hl7.fhir.r4.model.DateType("1951-08-14"));
		p.setId("syn-" + s);
		p.getMeta().addProfile(US_CORE + "us-core-patient").addTag(SYNTHEA, "synthea", "Synthea")
				.addSecurity(CONFIDENTIALITY, "R", "restricted").setSource("https://github.com/synthetichealth/synthea");
		Extension race = new Extension(US_CORE + "us-core-race");
		race.addExtension("ombCategory", new Coding("urn:oid:2.16.840.1.113883.6.238", "2106-3", "White"));
		race.addExtension("text", new StringType("White"));
		p.addExtension(race);
		p.addExtension(new Extension(US_CORE + "us-core-birthsex", new org.hl7.fhir.r4.model.CodeType("F")));
		p.addIdentifier(new Identifier().setSystem(SYNTHEA).setValue(UUID.randomUUID().toString()));
		p.addIdentifier(new Identifier().setSystem("http://hl7.org/fhir/sid/us-ssn").setValue("999-74-" + s.substring(0, 4))
				.setType(new CodeableConcept(new Coding("http://terminology.hl7.org/CodeSystem/v2-0203", "SS", null))));
		p.addName(new HumanName().setUse(HumanName.NameUse.OFFICIAL).setFamily("Kuhn96" + s).addGiven("Loretta235").addPrefix("Mrs."));
		Address home = p.addAddress().addLine("212 Mraz Esplanade").setCity("Springfield").setState("MA").setPostalCode("01101");
		Extension geo = new Extension("http://hl7.org/fhir/StructureDefinition/geolocation");
		geo.addExtension("latitude", new DecimalType("42.10148"));
		geo.addExtension("longitude", new DecimalType("-72.59009"));
		home.addExtension(geo);
		p.addGeneralPractitioner(ref("Practitioner/pr-" + s));
		p.setManagingOrganization(ref("Organization/org-cm-" + s));
		return put(p);
	}

	private Observation vital(String id, String loinc, String display, double value, String unit) {
		Observation o = new Observation().setStatus(Observation.ObservationStatus.FINAL)
				.setCode(new CodeableConcept(new Coding("http://loinc.org", loinc, display)))
				.setSubject(ref("Patient/" + synthea)).setEncounter(ref("Encounter/enc-" + s))
				.setEffective(new DateTimeType("2026-03-02T09:10:00-05:00"))
				.setValue(new Quantity().setValue(value).setUnit(unit).setSystem("http://unitsofmeasure.org").setCode(unit));
		o.setId(id);
		o.addCategory(new CodeableConcept(new Coding("http://terminology.hl7.org/CodeSystem/observation-category", "vital-signs", "vital signs")));
		o.getMeta().addProfile(US_CORE + "us-core-body-weight").addProfile("http://hl7.org/fhir/StructureDefinition/vitalsigns")
				.addTag(SYNTHEA, "synthea", null);
		return o;
	}

	/**
	 * Deletes, trying again after a version conflict: the server's own work after a write (work items) can still
	 * hold the resource when a delete follows at once.
	 */
	private void delete(IdType id) {
		for (int attempt = 1; ; attempt++) {
			try {
				client.delete().resourceById(id).execute();
				return;
			} catch (ResourceVersionConflictException e) {
				if (attempt == 5) {
					throw e;
				}
				try {
					Thread.sleep(200L * attempt);
				} catch (InterruptedException interrupted) {
					Thread.currentThread().interrupt();
					throw e;
				}
			}
		}
	}

	private String put(Resource resource) {
		return stories.put(resource);
	}

	private static Reference ref(String reference) {
		return new Reference(reference);
	}
}
