package org.snpmoc.hl7v2;

import ca.uhn.fhir.jpa.api.dao.IFhirSystemDao;
import ca.uhn.fhir.jpa.searchparam.SearchParameterMap;
import ca.uhn.fhir.rest.api.server.SystemRequestDetails;
import ca.uhn.fhir.rest.param.TokenParam;
import ca.uhn.fhir.rest.server.exceptions.BaseServerResponseException;
import ca.uhn.fhir.rest.server.exceptions.ResourceNotFoundException;
import ca.uhn.fhir.rest.server.exceptions.ResourceGoneException;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.Date;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.locks.ReentrantLock;
import org.hl7.fhir.instance.model.api.IBaseOperationOutcome;
import org.hl7.fhir.r4.model.Binary;
import org.hl7.fhir.r4.model.Bundle;
import org.hl7.fhir.r4.model.CodeableConcept;
import org.hl7.fhir.r4.model.Coding;
import org.hl7.fhir.r4.model.DateTimeType;
import org.hl7.fhir.r4.model.Encounter;
import org.hl7.fhir.r4.model.Location;
import org.hl7.fhir.r4.model.Meta;
import org.hl7.fhir.r4.model.OperationOutcome;
import org.hl7.fhir.r4.model.Organization;
import org.hl7.fhir.r4.model.Provenance;
import org.hl7.fhir.r4.model.Reference;
import org.hl7.fhir.r4.model.Resource;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.snpmoc.compliance.FhirStore;
import org.snpmoc.compliance.MocPolicy;
import org.springframework.stereotype.Service;

/**
 * Applies one ADT message, whether it came over MLLP or {@code POST /hl7v2}: the member is matched, the stay's
 * Encounter created or changed, and the message kept as a Binary with a Provenance linking it to the Encounter, all in
 * one FHIR transaction through HAPI's system DAO (so validation, work items and subscriptions run as for any write,
 * and a message that fails stores nothing). A message already taken (same sender and MSH-10) changes nothing.
 */
@Service
public class AdtIntake {
	private static final Logger log = LoggerFactory.getLogger(AdtIntake.class);
	private static final int STRIPES = 64;

	private final IFhirSystemDao<Bundle, Meta> systemDao;
	private final FhirStore store;
	private final MocPolicy policy;
	private final Hl7v2Properties properties;
	private final MemberMatch members;
	/** Messages of one stay are applied one at a time (a transfer read while a discharge is written would undo it). */
	private final ReentrantLock[] stays = new ReentrantLock[STRIPES];
	/** Held by a message that creates a facility's Organization or a Location, which other stays share. */
	private final ReentrantLock creatingShared = new ReentrantLock();

	AdtIntake(IFhirSystemDao<Bundle, Meta> systemDao, FhirStore store, MocPolicy policy, Hl7v2Properties properties) {
		this.systemDao = systemDao;
		this.store = store;
		this.policy = policy;
		this.properties = properties;
		this.members = new MemberMatch(store, properties);
		for (int i = 0; i < STRIPES; i++) {
			stays[i] = new ReentrantLock();
		}
	}

	public int maxMessageSize() {
		return properties.maxMessageSize();
	}

	/** The acknowledgment of {@code text}; never throws. */
	public AdtAck accept(String text) {
		MessageHeader header = MessageHeader.read(text);
		if (header == null) {
			return AdtAck.notHl7("not an HL7 v2 message: it must start with an MSH segment");
		}
		try {
			AdtMessage message = AdtMessage.parse(text);
			ReentrantLock lock = stays[Math.floorMod((message.facility() + "|" + message.visitNumber()).hashCode(), STRIPES)];
			lock.lock();
			try {
				return AdtAck.accepted(header, apply(message));
			} finally {
				lock.unlock();
			}
		} catch (AdtRejection rejection) {
			return AdtAck.rejected(header, rejection);
		} catch (BaseServerResponseException e) {
			return AdtAck.rejected(header, AdtRejection.error("207", "the server refused the resulting resources ("
					+ e.getStatusCode() + "): " + diagnostics(e) + "; nothing was stored"));
		} catch (RuntimeException e) {
			log.error("ADT message {} could not be applied", header.controlId(), e);
			return AdtAck.rejected(header, AdtRejection.error("207", "internal error; nothing was stored"));
		}
	}

	private String apply(AdtMessage message) throws AdtRejection {
		String binaryId = AdtIdentifiers.binaryId(message.header());
		if (exists(binaryId)) {
			return "message " + message.header().controlId() + " was already applied; nothing changed";
		}
		String patient = members.patient(message.patientIds());
		Encounter stay = findOne("Encounter", AdtIdentifiers.visit(message.facility()), message.visitNumber());
		if (stay != null && !patient.equals(stay.getSubject().getReferenceElement().toUnqualifiedVersionless().getValue())) {
			throw AdtRejection.error("205", "visit number " + message.visitNumber() + " belongs to another patient's stay");
		}
		if (stay == null && EncounterMapping.needsStay(message.event())) {
			throw AdtRejection.error("204", message.event() + " cancels a stay that is not on record: no Encounter has visit number "
					+ message.visitNumber() + " at " + message.facility());
		}

		Bundle transaction = new Bundle().setType(Bundle.BundleType.TRANSACTION);
		Reference facility = facility(transaction, message.facility());
		Reference location = message.location().isBlank() || EncounterMapping.needsStay(message.event()) ? null
				: location(transaction, AdtIdentifiers.location(message.facility()), message.location(),
						message.locationName().isBlank() ? message.location() : message.locationName(), facility);
		Reference destination = !message.event().equals("A03") && !message.event().equals("A08") || message.destination().isBlank()
				? null
				: location(transaction, AdtIdentifiers.dischargeLocation(message.facility()), message.destination(),
						message.destination(), null);
		Encounter encounter = EncounterMapping.apply(message, stay == null ? null : stay.copy(),
				new EncounterMapping.Targets(new Reference(patient), facility, location, destination), policy.getTimeZone());

		String encounterUrl;
		Bundle.BundleEntryComponent encounterEntry;
		if (stay == null) {
			encounterUrl = "urn:uuid:" + UUID.randomUUID();
			encounterEntry = transaction.addEntry().setFullUrl(encounterUrl).setResource(encounter);
			encounterEntry.getRequest().setMethod(Bundle.HTTPVerb.POST).setUrl("Encounter")
					.setIfNoneExist("identifier=" + token(AdtIdentifiers.visit(message.facility()), message.visitNumber()));
		} else {
			String id = stay.getIdElement().getIdPart();
			encounterUrl = "Encounter/" + id;
			encounter.setId(encounterUrl);
			encounterEntry = transaction.addEntry().setFullUrl(encounterUrl).setResource(encounter);
			// Optimistic locking: a change made meanwhile by another writer fails this message rather than being lost.
			encounterEntry.getRequest().setMethod(Bundle.HTTPVerb.PUT).setUrl(encounterUrl)
					.setIfMatch("W/\"" + stay.getIdElement().getVersionIdPart() + "\"");
		}

		Binary original = new Binary().setContentType(AdtIdentifiers.MESSAGE_CONTENT_TYPE)
				.setData(message.er7().getBytes(StandardCharsets.UTF_8));
		original.setSecurityContext(new Reference(patient));
		original.setId("Binary/" + binaryId);
		transaction.addEntry().setFullUrl("Binary/" + binaryId).setResource(original).getRequest()
				.setMethod(Bundle.HTTPVerb.PUT).setUrl("Binary/" + binaryId);

		Provenance provenance = new Provenance().addTarget(new Reference(encounterUrl)).setRecorded(new Date())
				.setActivity(new CodeableConcept(new Coding(AdtIdentifiers.EVENT_TYPE, message.event(), null)));
		if (!message.eventTime().isBlank()) {
			provenance.setOccurred(new DateTimeType(V2Time.toFhir(message.eventTime(), policy.getTimeZone(), "the event time")));
		}
		provenance.addAgent().setWho(facility);
		provenance.addEntity().setRole(Provenance.ProvenanceEntityRole.SOURCE).setWhat(new Reference("Binary/" + binaryId));
		transaction.addEntry().setFullUrl("urn:uuid:" + UUID.randomUUID()).setResource(provenance).getRequest()
				.setMethod(Bundle.HTTPVerb.POST).setUrl("Provenance");

		Bundle response;
		if (transaction.getEntry().stream().anyMatch(e -> e.getRequest().hasIfNoneExist() && !(e.getResource() instanceof Encounter))) {
			// Two first messages of a new facility or ward would both create it: the second waits, and its conditional
			// create then finds the first's.
			creatingShared.lock();
			try {
				response = systemDao.transaction(new SystemRequestDetails(), transaction);
			} finally {
				creatingShared.unlock();
			}
		} else {
			response = systemDao.transaction(new SystemRequestDetails(), transaction);
		}
		int index = transaction.getEntry().indexOf(encounterEntry);
		String written = new org.hl7.fhir.r4.model.IdType(response.getEntry().get(index).getResponse().getLocation())
				.toUnqualifiedVersionless().getValue();
		return message.event() + " applied to " + written;
	}

	/** The sending facility's Organization: the stored one, else created in the transaction (found again if it raced). */
	private Reference facility(Bundle transaction, String facility) {
		Resource stored = findOne("Organization", AdtIdentifiers.FACILITY, facility);
		if (stored != null) {
			return new Reference("Organization/" + stored.getIdElement().getIdPart());
		}
		Organization organization = new Organization().setActive(true).setName(facility);
		organization.addIdentifier().setSystem(AdtIdentifiers.FACILITY).setValue(facility);
		return conditionalCreate(transaction, organization, "Organization", token(AdtIdentifiers.FACILITY, facility));
	}

	private Reference location(Bundle transaction, String system, String value, String name, Reference managedBy) {
		Resource stored = findOne("Location", system, value);
		if (stored != null) {
			return new Reference("Location/" + stored.getIdElement().getIdPart());
		}
		Location location = new Location().setStatus(Location.LocationStatus.ACTIVE).setName(name)
				.setManagingOrganization(managedBy);
		location.addIdentifier().setSystem(system).setValue(value);
		return conditionalCreate(transaction, location, "Location", token(system, value));
	}

	private static Reference conditionalCreate(Bundle transaction, Resource resource, String type, String token) {
		String url = "urn:uuid:" + UUID.randomUUID();
		transaction.addEntry().setFullUrl(url).setResource(resource).getRequest().setMethod(Bundle.HTTPVerb.POST)
				.setUrl(type).setIfNoneExist("identifier=" + token);
		return new Reference(url);
	}

	@SuppressWarnings("unchecked")
	private <T extends Resource> T findOne(String type, String system, String value) {
		List<Resource> found = store.search(type, SearchParameterMap.newSynchronous("identifier", new TokenParam(system, value)));
		return found.isEmpty() ? null : (T) found.get(0);
	}

	private boolean exists(String binaryId) {
		try {
			store.read(Binary.class, binaryId);
			return true;
		} catch (ResourceNotFoundException | ResourceGoneException e) {
			return false;
		}
	}

	private static String token(String system, String value) {
		return URLEncoder.encode(system, StandardCharsets.UTF_8) + "|" + URLEncoder.encode(value, StandardCharsets.UTF_8);
	}

	/** The first error of the server's OperationOutcome, else its message. */
	private static String diagnostics(BaseServerResponseException e) {
		IBaseOperationOutcome outcome = e.getOperationOutcome();
		if (outcome instanceof OperationOutcome oo) {
			for (OperationOutcome.OperationOutcomeIssueComponent issue : oo.getIssue()) {
				if (issue.getSeverity() == OperationOutcome.IssueSeverity.ERROR
						|| issue.getSeverity() == OperationOutcome.IssueSeverity.FATAL) {
					return issue.getDiagnostics();
				}
			}
		}
		return e.getMessage();
	}
}
