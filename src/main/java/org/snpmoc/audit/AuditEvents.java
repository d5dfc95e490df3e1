package org.snpmoc.audit;

import static ca.uhn.fhir.storage.interceptor.balp.BalpConstants.AUDIT_EVENT_AGENT_NETWORK_TYPE_IP_ADDRESS;
import static ca.uhn.fhir.storage.interceptor.balp.BalpConstants.CS_AUDIT_ENTITY_TYPE;
import static ca.uhn.fhir.storage.interceptor.balp.BalpConstants.CS_AUDIT_ENTITY_TYPE_1_PERSON;
import static ca.uhn.fhir.storage.interceptor.balp.BalpConstants.CS_AUDIT_ENTITY_TYPE_1_PERSON_DISPLAY;
import static ca.uhn.fhir.storage.interceptor.balp.BalpConstants.CS_AUDIT_ENTITY_TYPE_2_SYSTEM_OBJECT;
import static ca.uhn.fhir.storage.interceptor.balp.BalpConstants.CS_AUDIT_ENTITY_TYPE_2_SYSTEM_OBJECT_DISPLAY;
import static ca.uhn.fhir.storage.interceptor.balp.BalpConstants.CS_AUDIT_EVENT_TYPE;
import static ca.uhn.fhir.storage.interceptor.balp.BalpConstants.CS_OBJECT_ROLE;
import static ca.uhn.fhir.storage.interceptor.balp.BalpConstants.CS_OBJECT_ROLE_1_PATIENT;
import static ca.uhn.fhir.storage.interceptor.balp.BalpConstants.CS_OBJECT_ROLE_1_PATIENT_DISPLAY;
import static ca.uhn.fhir.storage.interceptor.balp.BalpConstants.CS_OBJECT_ROLE_24_QUERY;
import static ca.uhn.fhir.storage.interceptor.balp.BalpConstants.CS_OBJECT_ROLE_4_DOMAIN_RESOURCE;
import static ca.uhn.fhir.storage.interceptor.balp.BalpConstants.CS_OBJECT_ROLE_4_DOMAIN_RESOURCE_DISPLAY;
import static ca.uhn.fhir.storage.interceptor.balp.BalpConstants.CS_RESTFUL_INTERACTION;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Date;
import java.util.List;
import java.util.Set;
import org.hl7.fhir.r4.model.AuditEvent;
import org.hl7.fhir.r4.model.AuditEvent.AuditEventAction;
import org.hl7.fhir.r4.model.AuditEvent.AuditEventOutcome;
import org.hl7.fhir.r4.model.Coding;
import org.hl7.fhir.r4.model.Identifier;
import org.hl7.fhir.r4.model.Reference;
import org.snpmoc.compliance.MocRules;
import org.snpmoc.security.Caller;

/**
 * Builds the AuditEvent of one access to health information, shaped after IHE Basic Audit Log Patterns (BALP,
 * RESTful activity): type {@code rest}, subtype the FHIR interaction, action, outcome, recorded; an agent for the
 * user (the requestor), one for the client app with the caller's network address, one for this server; the
 * source observed by this server ({@link MocRules#auditObserver()}); an entity per patient touched (role Patient),
 * per resource read or written (role Domain Resource) and for the query (role Query, base64 in {@code query}).
 */
public final class AuditEvents {
	static final String CS_DICOM = "http://dicom.nema.org/resources/ontology/DCM";
	static final String CS_PARTICIPATION_TYPE = "http://terminology.hl7.org/CodeSystem/v3-ParticipationType";
	static final String CS_SECURITY_SOURCE_TYPE = "http://terminology.hl7.org/CodeSystem/security-source-type";
	static final String SERVER_NAME = "SNP Model of Care FHIR Server";
	/** At most this many resource entities per event: a search names its patients and its query, not each hit. */
	static final int MAX_RESOURCE_ENTITIES = 20;

	private AuditEvents() {}

	/**
	 * One access: the FHIR interaction ({@code read}, {@code search-type}, {@code create}, {@code operation}, …), its
	 * action, the HTTP status answered, the caller (empty when nobody was authenticated), whose data ("Patient/id")
	 * and which resources ("Type/id") it touched, and the request as sent (path and query).
	 */
	public record Access(String interaction, AuditEventAction action, int status, Instant recorded, Caller caller,
			String networkAddress, Set<String> patients, List<String> resources, String query, String description) {}

	public static AuditEvent build(Access access) {
		AuditEvent event = new AuditEvent();
		event.setType(new Coding(CS_AUDIT_EVENT_TYPE, "rest", "RESTful Operation"));
		event.addSubtype(new Coding(CS_RESTFUL_INTERACTION, access.interaction(), null));
		event.setAction(access.action());
		event.setRecorded(Date.from(access.recorded()));
		event.setOutcome(outcome(access.status()));
		if (access.status() >= 400 || access.description() != null) {
			event.setOutcomeDesc(access.description() != null ? access.description() : "HTTP " + access.status());
		}
		user(event.addAgent(), access);
		Caller caller = access.caller();
		if (caller != null && caller.fhirUser() != null && caller.fhirUser().startsWith("RelatedPerson/")
				&& caller.patient() != null) {
			// A caregiver acts for the beneficiary: the beneficiary is an agent of the access too, so the event is
			// found among the beneficiary's own accesses (AuditEvent?agent=Patient/…), as 2E.4 reads them.
			AuditEvent.AuditEventAgentComponent actedFor = event.addAgent();
			actedFor.getType().addCoding(new Coding(CS_ROLE_CLASS, "PAT", "patient"));
			actedFor.getWho().setReference("Patient/" + caller.patient());
			actedFor.setRequestor(false);
		}
		if (caller != null && caller.clientId() != null) {
			AuditEvent.AuditEventAgentComponent client = event.addAgent();
			client.getType().addCoding(new Coding(CS_DICOM, "110153", "Source Role ID"));
			client.getWho().setIdentifier(new Identifier().setValue(caller.clientId())).setDisplay(caller.clientId());
			client.setRequestor(false);
			network(client, access.networkAddress());
		}
		AuditEvent.AuditEventAgentComponent server = event.addAgent();
		server.getType().addCoding(new Coding(CS_DICOM, "110152", "Destination Role ID"));
		server.getWho().setIdentifier(MocRules.auditObserver()).setDisplay(SERVER_NAME);
		server.setRequestor(false);
		event.getSource().setSite(SERVER_NAME).getObserver().setIdentifier(MocRules.auditObserver()).setDisplay(SERVER_NAME);
		event.getSource().addType(new Coding(CS_SECURITY_SOURCE_TYPE, "4", "Application Server"));
		for (String patient : access.patients()) {
			event.addEntity().setWhat(new Reference(patient))
					.setType(new Coding(CS_AUDIT_ENTITY_TYPE, CS_AUDIT_ENTITY_TYPE_1_PERSON, CS_AUDIT_ENTITY_TYPE_1_PERSON_DISPLAY))
					.setRole(new Coding(CS_OBJECT_ROLE, CS_OBJECT_ROLE_1_PATIENT, CS_OBJECT_ROLE_1_PATIENT_DISPLAY));
		}
		access.resources().stream().filter(r -> !access.patients().contains(r)).limit(MAX_RESOURCE_ENTITIES)
				.forEach(resource -> event.addEntity().setWhat(new Reference(resource))
						.setType(systemObject())
						.setRole(new Coding(CS_OBJECT_ROLE, CS_OBJECT_ROLE_4_DOMAIN_RESOURCE,
								CS_OBJECT_ROLE_4_DOMAIN_RESOURCE_DISPLAY)));
		if (access.query() != null) {
			event.addEntity().setType(systemObject())
					.setRole(new Coding(CS_OBJECT_ROLE, CS_OBJECT_ROLE_24_QUERY, "Query"))
					.setDescription(access.query())
					.setQuery(access.query().getBytes(StandardCharsets.UTF_8));
		}
		return event;
	}

	/** 0 success, 4 minor failure (refused, not found, bad request: any 4xx), 8 serious failure (5xx). */
	static AuditEventOutcome outcome(int status) {
		if (status < 400) {
			return AuditEventOutcome._0;
		}
		return status >= 500 ? AuditEventOutcome._8 : AuditEventOutcome._4;
	}

	/** The user: their FHIR identity when the token names one, else the token's subject; anonymous without a token. */
	static final String CS_ROLE_CLASS = "http://terminology.hl7.org/CodeSystem/v3-RoleClass";

	private static void user(AuditEvent.AuditEventAgentComponent agent, Access access) {
		agent.getType().addCoding(new Coding(CS_PARTICIPATION_TYPE, "IRCP", "information recipient"));
		agent.setRequestor(true);
		Caller caller = access.caller();
		if (caller != null && caller.fhirUser() != null) {
			agent.getWho().setReference(caller.fhirUser());
		} else if (caller != null && caller.subject() != null) {
			agent.getWho().setIdentifier(new Identifier().setValue(caller.subject())).setDisplay(caller.subject());
		} else {
			agent.getWho().setDisplay("anonymous");
		}
		if (caller != null && caller.subject() != null) {
			agent.setAltId(caller.subject());
		}
		if (caller == null || caller.clientId() == null) {
			network(agent, access.networkAddress());
		}
	}

	private static void network(AuditEvent.AuditEventAgentComponent agent, String address) {
		if (address != null && !address.isBlank()) {
			agent.getNetwork().setAddress(address).setType(AUDIT_EVENT_AGENT_NETWORK_TYPE_IP_ADDRESS);
		}
	}

	private static Coding systemObject() {
		return new Coding(CS_AUDIT_ENTITY_TYPE, CS_AUDIT_ENTITY_TYPE_2_SYSTEM_OBJECT, CS_AUDIT_ENTITY_TYPE_2_SYSTEM_OBJECT_DISPLAY);
	}
}
