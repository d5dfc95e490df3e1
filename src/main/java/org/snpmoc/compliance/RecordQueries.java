package org.snpmoc.compliance;

import java.util.List;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Stream;
import org.hl7.fhir.r4.model.Appointment;
import org.hl7.fhir.r4.model.AuditEvent;
import org.hl7.fhir.r4.model.CarePlan;
import org.hl7.fhir.r4.model.CareTeam;
import org.hl7.fhir.r4.model.Communication;
import org.hl7.fhir.r4.model.Coverage;
import org.hl7.fhir.r4.model.Encounter;
import org.hl7.fhir.r4.model.Goal;
import org.hl7.fhir.r4.model.Observation;
import org.hl7.fhir.r4.model.QuestionnaireResponse;
import org.hl7.fhir.r4.model.Reference;
import org.hl7.fhir.r4.model.RelatedPerson;
import org.hl7.fhir.r4.model.Resource;
import org.hl7.fhir.r4.model.RiskAssessment;
import org.hl7.fhir.r4.model.Task;

/**
 * The bulk searches that read a beneficiary's record: for each resource type, the search parameter that finds the
 * beneficiary's resources and how to tell, in a result over many beneficiaries, which of them a resource belongs to.
 */
public final class RecordQueries {

	/** One search: {@code type?param=Patient/a,Patient/b,...} and the patient references of a result. */
	record Query(Class<? extends Resource> type, String param, Function<Resource, Stream<Reference>> patients) {

		Set<String> patientKeys(Resource resource) {
			return patients.apply(resource).map(PatientRecord::key).filter(k -> k.startsWith("Patient/"))
					.collect(java.util.stream.Collectors.toSet());
		}
	}

	static final List<Query> ALL = List.of(
			query(Coverage.class, "beneficiary", c -> Stream.of(c.getBeneficiary())),
			query(QuestionnaireResponse.class, "subject", qr -> Stream.of(qr.getSubject())),
			query(Task.class, "subject", t -> Stream.of(t.getFor())),
			query(RiskAssessment.class, "subject", ra -> Stream.of(ra.getSubject())),
			query(CarePlan.class, "subject", cp -> Stream.of(cp.getSubject())),
			query(Goal.class, "subject", g -> Stream.of(g.getSubject())),
			query(Observation.class, "subject", o -> Stream.of(o.getSubject())),
			query(CareTeam.class, "subject", ct -> Stream.of(ct.getSubject())),
			query(Encounter.class, "subject", e -> Stream.of(e.getSubject())),
			query(Appointment.class, "actor", a -> a.getParticipant().stream().map(Appointment.AppointmentParticipantComponent::getActor)),
			query(Communication.class, "subject", c -> Stream.of(c.getSubject())),
			// The beneficiary's own accesses (they, or a caregiver acting for them, are an agent); staff and system
			// accesses to their data are audited too but are no part of the record 2E.4 reads, and grow without end.
			query(AuditEvent.class, "agent", a -> a.getAgent().stream().map(AuditEvent.AuditEventAgentComponent::getWho)),
			query(RelatedPerson.class, "patient", rp -> Stream.of(rp.getPatient())));

	/**
	 * The beneficiaries ("Patient/id") whose record the resource is part of; none for a resource of a type no record
	 * holds. What reads a record and what reacts to a write to one ask here alike.
	 */
	public static Set<String> patientsOf(Resource resource) {
		return ALL.stream().filter(q -> q.type().isInstance(resource)).findFirst()
				.map(q -> q.patientKeys(resource)).orElse(Set.of());
	}

	/** The resource types of a record, by name. */
	static final List<String> TYPES = ALL.stream().map(q -> q.type().getSimpleName()).toList();

	/** The query for a type of {@link #TYPES}. */
	static Query forType(String type) {
		return ALL.stream().filter(q -> q.type().getSimpleName().equals(type)).findFirst()
				.orElseThrow(() -> new IllegalArgumentException("not a record type: " + type));
	}

	/** The types of the staff, settings and organizations a record references, resolved in a second pass. */
	static final Set<String> REFERENCED_TYPES = Set.of("PractitionerRole", "Practitioner", "Organization", "Location");

	private RecordQueries() {}

	private static <T extends Resource> Query query(Class<T> type, String param, Function<T, Stream<Reference>> patients) {
		return new Query(type, param, r -> patients.apply(type.cast(r)));
	}
}
