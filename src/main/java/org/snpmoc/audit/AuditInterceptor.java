package org.snpmoc.audit;

import ca.uhn.fhir.context.FhirContext;
import ca.uhn.fhir.interceptor.api.Hook;
import ca.uhn.fhir.interceptor.api.Interceptor;
import ca.uhn.fhir.interceptor.api.Pointcut;
import ca.uhn.fhir.rest.api.RestOperationTypeEnum;
import ca.uhn.fhir.rest.api.server.IPreResourceShowDetails;
import ca.uhn.fhir.rest.api.server.RequestDetails;
import ca.uhn.fhir.rest.server.exceptions.ForbiddenOperationException;
import ca.uhn.fhir.rest.server.servlet.ServletRequestDetails;
import ca.uhn.fhir.util.FhirTerser;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.hl7.fhir.instance.model.api.IBaseResource;
import org.hl7.fhir.instance.model.api.IIdType;
import org.hl7.fhir.r4.model.AuditEvent.AuditEventAction;
import org.snpmoc.config.ServerInterceptor;
import org.snpmoc.security.Caller;
import org.springframework.stereotype.Component;

/**
 * Writes one AuditEvent ({@link AuditEvents}) per REST request that touches health information: reads, searches,
 * history, operations, writes, batches and transactions, successful or not. The patients named are those whose
 * compartment the shown or written resources belong to (HAPI's Patient compartment), and the Patient of an
 * instance operation. Requests that touch no health information (the CapabilityStatement, conformance and
 * definitional resources) are not audited. The event is queued and written after the response ({@link AuditTrail}).
 * <p>
 * Clients cannot write AuditEvents (create, update, patch, delete; also inside a batch or transaction): 403. The
 * trail is the server's.
 */
@Component
@Interceptor
class AuditInterceptor implements ServerInterceptor {
	/** Types that hold no health information: reading them is not audited. */
	static final Set<String> NOT_HEALTH_INFORMATION = Set.of("StructureDefinition", "ValueSet", "CodeSystem",
			"ConceptMap", "NamingSystem", "Questionnaire", "SearchParameter", "OperationDefinition", "CapabilityStatement",
			"ImplementationGuide", "CompartmentDefinition", "StructureMap", "Measure", "Library", "Subscription");
	private static final Set<RestOperationTypeEnum> AUDIT_WRITES = Set.of(RestOperationTypeEnum.CREATE,
			RestOperationTypeEnum.UPDATE, RestOperationTypeEnum.PATCH, RestOperationTypeEnum.DELETE,
			RestOperationTypeEnum.UPDATE_REWRITE_HISTORY, RestOperationTypeEnum.META_ADD, RestOperationTypeEnum.META_DELETE,
			RestOperationTypeEnum.ADD_TAGS, RestOperationTypeEnum.DELETE_TAGS);
	static final String REFUSAL = "AuditEvents are written by this server alone; clients cannot create, change or delete them";
	private static final String TOUCHED = AuditInterceptor.class.getName();

	private final AuditTrail trail;
	private final FhirTerser terser;

	AuditInterceptor(AuditTrail trail, FhirContext fhirContext) {
		this.trail = trail;
		this.terser = fhirContext.newTerser();
	}

	@Hook(Pointcut.SERVER_INCOMING_REQUEST_PRE_HANDLED)
	public void refuseAuditWrites(RequestDetails request, RestOperationTypeEnum operation) {
		if ("AuditEvent".equals(request.getResourceName()) && AUDIT_WRITES.contains(operation)) {
			throw new ForbiddenOperationException(REFUSAL);
		}
	}

	/** The same refusal for entries of a batch or transaction, and anything else storing an AuditEvent via REST. */
	@Hook(Pointcut.STORAGE_PRESTORAGE_RESOURCE_CREATED)
	public void refuseCreate(IBaseResource resource) {
		refuseAudit(resource);
	}

	@Hook(Pointcut.STORAGE_PRESTORAGE_RESOURCE_UPDATED)
	public void refuseUpdate(IBaseResource previous, IBaseResource resource) {
		refuseAudit(resource);
	}

	@Hook(Pointcut.STORAGE_PRESTORAGE_RESOURCE_DELETED)
	public void refuseDelete(IBaseResource resource) {
		refuseAudit(resource);
	}

	private static void refuseAudit(IBaseResource resource) {
		if (resource != null && "AuditEvent".equals(resource.fhirType())) {
			throw new ForbiddenOperationException(REFUSAL);
		}
	}

	@Hook(Pointcut.STORAGE_PRESHOW_RESOURCES)
	public void shown(IPreResourceShowDetails details, RequestDetails request) {
		if (!trail.enabled()) {
			return;
		}
		Touched touched = touched(request);
		RestOperationTypeEnum operation = request.getRestOperationType();
		boolean instanceRead = operation == RestOperationTypeEnum.READ || operation == RestOperationTypeEnum.VREAD;
		for (IBaseResource resource : details) {
			if (resource != null) {
				touched.add(resource, instanceRead);
			}
		}
	}

	@Hook(Pointcut.STORAGE_PRECOMMIT_RESOURCE_CREATED)
	public void created(IBaseResource resource, RequestDetails request) {
		written(resource, request);
	}

	@Hook(Pointcut.STORAGE_PRECOMMIT_RESOURCE_UPDATED)
	public void updated(IBaseResource previous, IBaseResource resource, RequestDetails request) {
		written(resource, request);
	}

	@Hook(Pointcut.STORAGE_PRECOMMIT_RESOURCE_DELETED)
	public void deleted(IBaseResource resource, RequestDetails request) {
		written(resource, request);
	}

	private void written(IBaseResource resource, RequestDetails request) {
		if (trail.enabled() && resource != null) {
			touched(request).add(resource, true);
		}
	}

	@Hook(Pointcut.SERVER_PROCESSING_COMPLETED)
	public void completed(RequestDetails request, ServletRequestDetails servlet) {
		if (!trail.enabled() || servlet == null) {
			return;
		}
		RestOperationTypeEnum operation = request.getRestOperationType();
		int status = servlet.getServletResponse() == null ? 200 : servlet.getServletResponse().getStatus();
		Interaction interaction = Interaction.of(operation, request.getOperation(), servlet.getServletRequest().getMethod());
		if (interaction == null || !healthInformation(request)) {
			return;
		}
		Touched touched = touched(request);
		if (operation != null && operation.isInstanceLevel() && "Patient".equals(request.getResourceName())
				&& request.getId() != null && request.getId().hasIdPart() && status < 400) {
			touched.patients.add("Patient/" + request.getId().getIdPart());
		}
		boolean search = interaction.action() == AuditEventAction.R && touched.resources.isEmpty();
		String query = search || status >= 400 || interaction.action() == AuditEventAction.E
				? AuditTrail.pathAndQuery(servlet.getServletRequest()) : null;
		trail.record(AuditEvents.build(new AuditEvents.Access(interaction.code(), interaction.action(), status,
				Instant.now(), Caller.current().orElse(null), servlet.getServletRequest().getRemoteAddr(),
				touched.patients, new ArrayList<>(touched.resources), query, null)));
	}

	/** Everything but the CapabilityStatement and conformance and definitional resources. */
	private static boolean healthInformation(RequestDetails request) {
		if (request.getRestOperationType() == RestOperationTypeEnum.METADATA) {
			return false;
		}
		String type = request.getResourceName();
		return type == null || !NOT_HEALTH_INFORMATION.contains(type);
	}

	private Touched touched(RequestDetails request) {
		return (Touched) request.getUserData().computeIfAbsent(TOUCHED, k -> new Touched(terser));
	}

	/** The patients and resources a request touched. */
	static final class Touched {
		private final FhirTerser terser;
		final Set<String> patients = new LinkedHashSet<>();
		final Set<String> resources = new LinkedHashSet<>();

		Touched(FhirTerser terser) {
			this.terser = terser;
		}

		synchronized void add(IBaseResource resource, boolean named) {
			String type = resource.fhirType();
			IIdType id = resource.getIdElement();
			String key = id != null && id.hasIdPart() ? type + "/" + id.getIdPart() : null;
			if ("Patient".equals(type) && key != null) {
				patients.add(key);
			} else if (!NOT_HEALTH_INFORMATION.contains(type)) {
				for (IIdType owner : terser.getCompartmentOwnersForResource("Patient", resource, Set.of())) {
					if (owner.hasIdPart()) {
						patients.add("Patient/" + owner.getIdPart());
					}
				}
			}
			if (named && key != null) {
				resources.add(key);
			}
		}
	}

	/** The restful-interaction code and the action of an interaction; null for one that is not audited. */
	record Interaction(String code, AuditEventAction action) {

		static Interaction of(RestOperationTypeEnum operation, String operationName, String httpMethod) {
			if (operation == null) {
				return switch (httpMethod) {
					case "POST" -> new Interaction("create", AuditEventAction.C);
					case "PUT" -> new Interaction("update", AuditEventAction.U);
					case "PATCH" -> new Interaction("patch", AuditEventAction.U);
					case "DELETE" -> new Interaction("delete", AuditEventAction.D);
					default -> new Interaction("read", AuditEventAction.R);
				};
			}
			return switch (operation) {
				case READ -> new Interaction("read", AuditEventAction.R);
				case VREAD -> new Interaction("vread", AuditEventAction.R);
				case SEARCH_TYPE -> new Interaction("search-type", AuditEventAction.R);
				case SEARCH_SYSTEM -> new Interaction("search-system", AuditEventAction.R);
				case GET_PAGE -> new Interaction("search", AuditEventAction.R);
				case HISTORY_INSTANCE -> new Interaction("history-instance", AuditEventAction.R);
				case HISTORY_TYPE -> new Interaction("history-type", AuditEventAction.R);
				case HISTORY_SYSTEM -> new Interaction("history-system", AuditEventAction.R);
				case GET_TAGS, META -> new Interaction("read", AuditEventAction.R);
				case CREATE -> new Interaction("create", AuditEventAction.C);
				case UPDATE, UPDATE_REWRITE_HISTORY, META_ADD, META_DELETE, ADD_TAGS, DELETE_TAGS ->
						new Interaction("update", AuditEventAction.U);
				case PATCH -> new Interaction("patch", AuditEventAction.U);
				case DELETE -> new Interaction("delete", AuditEventAction.D);
				case TRANSACTION -> new Interaction("transaction", AuditEventAction.E);
				case BATCH -> new Interaction("batch", AuditEventAction.E);
				case EXTENDED_OPERATION_INSTANCE, EXTENDED_OPERATION_TYPE, EXTENDED_OPERATION_SERVER ->
						new Interaction("operation", "$everything".equals(operationName) ? AuditEventAction.R : AuditEventAction.E);
				case VALIDATE, GRAPHQL_REQUEST -> new Interaction("operation", AuditEventAction.E);
				case METADATA -> null;
			};
		}
	}
}
