package org.snpmoc.exchange;

import ca.uhn.fhir.context.FhirContext;
import ca.uhn.fhir.jpa.api.dao.DaoRegistry;
import ca.uhn.fhir.jpa.searchparam.SearchParameterMap;
import ca.uhn.fhir.rest.api.server.SystemRequestDetails;
import ca.uhn.fhir.rest.param.ReferenceParam;
import ca.uhn.fhir.rest.server.exceptions.BaseServerResponseException;
import ca.uhn.fhir.rest.server.exceptions.ResourceGoneException;
import ca.uhn.fhir.rest.server.exceptions.ResourceNotFoundException;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Date;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.hl7.fhir.r4.model.Bundle;
import org.hl7.fhir.r4.model.CarePlan;
import org.hl7.fhir.r4.model.CareTeam;
import org.hl7.fhir.r4.model.Communication;
import org.hl7.fhir.r4.model.Condition;
import org.hl7.fhir.r4.model.Encounter;
import org.hl7.fhir.r4.model.Endpoint;
import org.hl7.fhir.r4.model.Goal;
import org.hl7.fhir.r4.model.Group;
import org.hl7.fhir.r4.model.IdType;
import org.hl7.fhir.r4.model.Reference;
import org.hl7.fhir.r4.model.Resource;
import org.hl7.fhir.r4.model.RiskAssessment;
import org.snpmoc.compliance.CareRecord;
import org.snpmoc.compliance.EvaluationContext;
import org.snpmoc.compliance.FhirStore;
import org.snpmoc.compliance.MocEvaluationService;
import org.snpmoc.compliance.PatientRecord;
import org.snpmoc.compliance.PatientRecords;
import org.snpmoc.config.ServerProperties;
import org.snpmoc.conformance.TrustedWrites;
import org.snpmoc.contract.MocCodes;
import org.snpmoc.exchange.ExchangeOutbox.Event;
import org.snpmoc.exchange.ExchangeOutbox.Row;
import org.snpmoc.exchange.ExchangeOutbox.State;
import org.snpmoc.subscriptions.EndpointPolicy;
import org.springframework.stereotype.Component;

/**
 * Carries out one queued exchange: decides whether it is due (the stay is still a transition of an enrolled
 * member; for a notice, the member's State counts the admission and the member is high-risk), assembles what is
 * sent, POSTs it to the receiving Endpoint and records the Communication. A failure leaves the row to be retried.
 */
@Component
class ExchangeService {
	/** A handled row: what came of it, and why (or the error of a failed attempt, with state PENDING). */
	record Outcome(State state, String note) {}

	private static final Set<String> SETTING_TYPES = Set.of("Organization", "Location", "Endpoint", "Group");

	private final DaoRegistry daos;
	private final FhirStore store;
	private final PatientRecords records;
	private final MocEvaluationService evaluation;
	private final ExchangeProperties properties;
	private final EndpointPolicy policy;
	private final String base;
	private final FhirContext fhirContext;
	private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10))
			.followRedirects(HttpClient.Redirect.NEVER).build();

	ExchangeService(DaoRegistry daos, FhirStore store, PatientRecords records, MocEvaluationService evaluation,
			ExchangeProperties properties, EndpointPolicy policy, ServerProperties server) {
		this.daos = daos;
		this.store = store;
		this.records = records;
		this.evaluation = evaluation;
		this.properties = properties;
		this.policy = policy;
		this.fhirContext = daos.getFhirContext();
		String configured = server.publicBaseUrl();
		// Entries need absolute fullUrls; without a configured public base the contract's base names them.
		this.base = configured == null || configured.isBlank() ? MocCodes.BASE
				: (configured.endsWith("/") ? configured.substring(0, configured.length() - 1) : configured);
	}

	Outcome handle(Row row) {
		Optional<Encounter> stay = read(new Reference("Encounter/" + row.encounter()), Encounter.class);
		if (stay.isEmpty()) {
			return new Outcome(State.SKIPPED, "the stay is gone");
		}
		return row.kind() == ExchangeOutbox.Kind.NOTICE ? notice(row, stay.get()) : document(row, stay.get());
	}

	// ---- admission notices

	private Outcome notice(Row row, Encounter stay) {
		String patient = PatientRecord.key(stay.getSubject());
		PatientRecord record = load(patient);
		if (record == null) {
			return new Outcome(State.SKIPPED, "no such member");
		}
		Instant now = Instant.now();
		Optional<ExchangeProperties.State> rule = NoticeRules.stateOf(record.patient(), properties.states(), now);
		if (rule.isEmpty()) {
			return new Outcome(State.SKIPPED, "the member's State asks for no notices");
		}
		ExchangeProperties.State state = rule.get();
		if (!NoticeRules.counts(state, stay) || !enrolledStay(record, stay)) {
			return new Outcome(State.SKIPPED, "not an admission " + state.code() + " counts");
		}
		Group group = state.group() == null ? null
				: read(new Reference("Group/" + state.group()), Group.class).orElse(null);
		if (!NoticeRules.highRisk(state, patient, record.all(RiskAssessment.class), group, now)) {
			return new Outcome(State.SKIPPED, "the member is not high-risk");
		}
		Instant learned = Instant.ofEpochMilli(row.learned());
		Instant due = NoticeRules.due(learned, state);
		Optional<Endpoint> endpoint = read(new Reference("Endpoint/" + state.endpoint()), Endpoint.class)
				.filter(ReceivingSettings::usable);
		String id = ExchangeIds.notice(row.encounter());
		Communication notice = read(new Reference("Communication/" + id), Communication.class).orElse(null);
		if (notice != null && notice.getStatus() == Communication.CommunicationStatus.COMPLETED) {
			return new Outcome(State.DELIVERED, "already sent");
		}
		if (notice == null) {
			// The notice is on record (unsent, with its due time) before the first attempt: a notice that cannot be
			// delivered is reported overdue rather than missing.
			notice = NoticeMessage.pending(id, patient, stay, endpoint.orElse(null), state.endpoint(), sender(),
					learned, due);
			save(notice);
		}
		if (endpoint.isEmpty()) {
			return new Outcome(State.PENDING, "Endpoint/" + state.endpoint() + " of " + state.code()
					+ " is not stored or not active");
		}
		List<Resource> context = new ArrayList<>();
		context.add(record.patient());
		new CareRecord(record, today()).enrollment().ifPresent(context::add);
		settingsOf(stay).forEach(context::add);
		Bundle message = NoticeMessage.message(id, base, plain(stay), context.stream().map(ExchangeService::plain).toList(),
				endpoint.get(), sender(), new Date());
		store(message);
		String failure = post(endpoint.get(), "/$process-message", message);
		if (failure != null) {
			return new Outcome(State.PENDING, failure);
		}
		save(NoticeMessage.sent(notice, id, Instant.now(), due));
		return new Outcome(State.DELIVERED, "sent");
	}

	// ---- transition-of-care documents

	private Outcome document(Row row, Encounter stay) {
		String patient = PatientRecord.key(stay.getSubject());
		PatientRecord record = load(patient);
		if (record == null || !enrolledStay(record, stay)) {
			return new Outcome(State.SKIPPED, "not a transition of an enrolled member");
		}
		ReceivingSettings.Target target;
		if (row.event() == Event.ADMISSION) {
			target = ReceivingSettings.admission(stay, this::readSetting);
		} else {
			if (!stay.getHospitalization().hasDestination()) {
				return new Outcome(State.SKIPPED, "no destination");
			}
			target = ReceivingSettings.discharge(stay, this::readSetting);
		}
		if (target.endpoint() == null) {
			return new Outcome(State.NO_ENDPOINT, "no Endpoint registered for " + target.recipient());
		}
		if (!ReceivingSettings.recordable(target.recipient())) {
			// Sending what could not be recorded as the icp-transfer would leave 2E.3 unmet and invite a second send.
			return new Outcome(State.NO_ENDPOINT, target.recipient() + " has no managing Organization to record as recipient");
		}
		String id = ExchangeIds.document(row.encounter(), row.event());
		Communication done = read(new Reference("Communication/" + id), Communication.class).orElse(null);
		if (done != null && done.getStatus() == Communication.CommunicationStatus.COMPLETED) {
			return new Outcome(State.DELIVERED, "already sent");
		}
		EvaluationContext today = today();
		Map<String, Resource> referenced = new HashMap<>();
		record.all(Resource.class).forEach(r -> referenced.put(PatientRecord.key(r), plain(r)));
		if (properties.senderOrganization() != null) {
			read(new Reference(properties.senderOrganization()), Resource.class).ifPresent(r -> referenced.put(PatientRecord.key(r), plain(r)));
		}
		TransitionDocument.Sources sources = new TransitionDocument.Sources(plain(record.patient()), plain(stay),
				plainAll(record.all(CarePlan.class)), plainAll(record.all(CareTeam.class)), plainAll(record.all(Goal.class)),
				plainAll(record.all(RiskAssessment.class)), plainAll(search(Condition.class, patient)),
				plainAll(medications(patient)), referenced);
		Bundle document = TransitionDocument.build(id, base, sources, sender(), target.recipient(), new Date(), today.zone());
		store(document);
		String failure = post(target.endpoint(), "/Bundle", document);
		if (failure != null) {
			return new Outcome(State.PENDING, failure);
		}
		save(IcpTransfer.record(id, patient, stay, target.recipient(),
				TransitionDocument.currentIcp(sources.carePlans(), today.zone()).orElse(null), Instant.now()));
		return new Outcome(State.DELIVERED, "sent to " + target.via());
	}

	/** A stay 2E counts: a transition of the member (MocRules) admitted or discharged while enrolled. */
	private boolean enrolledStay(PatientRecord record, Encounter stay) {
		String key = PatientRecord.key(stay);
		return new CareRecord(record, today()).transitions().stream().anyMatch(t -> t.key().equals(key));
	}

	/**
	 * The note the stay's open 2E.3 work item carries when its document cannot go electronically (no Endpoint for
	 * the setting, or no Organization to record as recipient); empty when it can, or when documents are switched off.
	 */
	Optional<String> missingEndpoint(Encounter stay, Event event) {
		if (!properties.documents()) {
			return Optional.empty();
		}
		ReceivingSettings.Target target = event == Event.ADMISSION ? ReceivingSettings.admission(stay, this::readSetting)
				: stay.getHospitalization().hasDestination() ? ReceivingSettings.discharge(stay, this::readSetting) : null;
		if (target == null || (target.endpoint() != null && ReceivingSettings.recordable(target.recipient()))) {
			return Optional.empty();
		}
		String why = target.endpoint() == null
				? "No FHIR Endpoint is registered for " + (target.recipient() == null ? "the setting" : target.recipient())
				: target.recipient() + " has no managing Organization to record as the recipient";
		return Optional.of(why + ": the ICP cannot be sent electronically; send it another way (fax, Direct message,"
				+ " portal) and record the icp-transfer Communication.");
	}

	private List<Resource> settingsOf(Encounter stay) {
		List<Resource> settings = new ArrayList<>();
		if (stay.hasServiceProvider()) {
			readSetting(stay.getServiceProvider()).ifPresent(settings::add);
		}
		stay.getLocation().forEach(l -> readSetting(l.getLocation()).ifPresent(settings::add));
		return settings;
	}

	private String post(Endpoint endpoint, String path, Bundle body) {
		String address = endpoint.getAddress();
		Optional<String> refusal = policy.refusal(address);
		if (refusal.isPresent()) {
			return refusal.get();
		}
		try {
			String target = (address.endsWith("/") ? address.substring(0, address.length() - 1) : address) + path;
			HttpRequest request = HttpRequest.newBuilder(URI.create(target))
					.header("Content-Type", "application/fhir+json")
					.timeout(Duration.ofSeconds(30))
					.POST(HttpRequest.BodyPublishers.ofString(fhirContext.newJsonParser().encodeResourceToString(body)))
					.build();
			int status = http.send(request, HttpResponse.BodyHandlers.discarding()).statusCode();
			return status / 100 == 2 ? null : "HTTP " + status + " from " + target;
		} catch (IOException | IllegalArgumentException e) {
			return e.toString();
		} catch (InterruptedException e) {
			Thread.currentThread().interrupt();
			return "interrupted";
		}
	}

	private Reference sender() {
		return properties.senderOrganization() == null ? null : new Reference(properties.senderOrganization());
	}

	private EvaluationContext today() {
		return evaluation.context(null);
	}

	private PatientRecord load(String patient) {
		try {
			return records.load(patient.substring(patient.indexOf('/') + 1));
		} catch (ResourceNotFoundException | ResourceGoneException e) {
			return null;
		}
	}

	private Optional<Resource> readSetting(Reference reference) {
		String key = PatientRecord.key(reference);
		int slash = key.indexOf('/');
		if (slash < 0 || !SETTING_TYPES.contains(key.substring(0, slash))) {
			return Optional.empty();
		}
		return read(reference, Resource.class);
	}

	private <T extends Resource> Optional<T> read(Reference reference, Class<T> type) {
		String key = PatientRecord.key(reference);
		int slash = key.indexOf('/');
		if (slash < 0) {
			return Optional.empty();
		}
		try {
			Resource found = (Resource) daos.getResourceDao(key.substring(0, slash))
					.read(new IdType(key), new SystemRequestDetails());
			return type.isInstance(found) ? Optional.of(type.cast(found)) : Optional.empty();
		} catch (ResourceNotFoundException | ResourceGoneException e) {
			return Optional.empty();
		} catch (BaseServerResponseException | IllegalArgumentException e) {
			// Not a type this server stores, or a malformed id: nothing to read.
			return Optional.empty();
		}
	}

	private <T extends Resource> List<T> search(Class<T> type, String patient) {
		SearchParameterMap map = SearchParameterMap.newSynchronous().add("subject", new ReferenceParam(patient));
		return store.search(type.getSimpleName(), map).stream().map(type::cast).toList();
	}

	private List<Resource> medications(String patient) {
		List<Resource> medications = new ArrayList<>();
		for (String type : List.of("MedicationRequest", "MedicationStatement")) {
			medications.addAll(store.search(type, SearchParameterMap.newSynchronous().add("subject", new ReferenceParam(patient))));
		}
		return medications;
	}

	private void save(Resource resource) {
		daos.getResourceDao(resource.fhirType()).update(resource, new SystemRequestDetails());
	}

	/**
	 * Stores a notice message or a transition document as sent, without write validation: both are built here from
	 * stored (validated) resources, and the Da Vinci event code system is not in the server's terminology; the
	 * builders' tests validate them against their profiles.
	 */
	private void store(Bundle bundle) {
		daos.getResourceDao(Bundle.class).update(bundle, TrustedWrites.request());
	}

	/** A copy with a plain "Type/id" (no server base, no version), as an entry of a Bundle names it. */
	@SuppressWarnings("unchecked")
	static <T extends Resource> T plain(T resource) {
		T copy = (T) resource.copy();
		copy.setId(new IdType(resource.fhirType(), resource.getIdElement().getIdPart()));
		return copy;
	}

	private static <T extends Resource> List<T> plainAll(List<T> resources) {
		return resources.stream().map(ExchangeService::plain).toList();
	}
}
