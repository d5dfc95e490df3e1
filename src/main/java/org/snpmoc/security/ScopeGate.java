package org.snpmoc.security;

import ca.uhn.fhir.interceptor.api.Hook;
import ca.uhn.fhir.interceptor.api.Interceptor;
import ca.uhn.fhir.interceptor.api.Pointcut;
import ca.uhn.fhir.rest.api.RequestTypeEnum;
import ca.uhn.fhir.rest.api.RestOperationTypeEnum;
import ca.uhn.fhir.rest.api.server.RequestDetails;
import ca.uhn.fhir.rest.server.exceptions.ForbiddenOperationException;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.hl7.fhir.instance.model.api.IBaseResource;
import org.hl7.fhir.r4.model.Bundle;
import org.snpmoc.security.SmartScope.Action;

/**
 * The SMART v2 permission letters, which HAPI's rules do not tell apart: {@code r} (read by id) from {@code s}
 * (search), {@code c} from {@code u}. Each request, and each entry of a batch or transaction, needs a scope with the
 * letter of what it does. Granular scopes ({@code ?category=…}) narrow searches to what they name. Type and system
 * history and system search are staff tools: a patient-context caller reads their own resources' history one by one.
 */
@Interceptor
final class ScopeGate {
	private final SmartAccessRules rules;

	ScopeGate(SmartAccessRules rules) {
		this.rules = rules;
	}

	/**
	 * A beneficiary's {@code $everything} asks only for the types a patient context may see: R4 puts the plan's
	 * member Group (every member's id) in each member's compartment, and one such resource would refuse the whole
	 * answer.
	 */
	@Hook(Pointcut.SERVER_INCOMING_REQUEST_POST_PROCESSED)
	public boolean narrowEverything(RequestDetails request) {
		Caller caller = Caller.current().orElse(null);
		if (caller == null || !caller.patientContext() || !"$everything".equals(request.getOperation())) {
			return true;
		}
		Map<String, String[]> parameters = new LinkedHashMap<>(request.getParameters());
		String[] asked = parameters.get("_type");
		java.util.Set<String> visible = rules.visibleToPatientContext();
		String types = asked == null
				? String.join(",", visible)
				: Arrays.stream(asked).flatMap(v -> Arrays.stream(v.split(","))).map(String::trim)
						.filter(visible::contains).distinct().collect(Collectors.joining(","));
		parameters.put("_type", new String[] {types.isEmpty() ? "Patient" : types});
		request.setParameters(parameters);
		return true;
	}

	@Hook(Pointcut.SERVER_INCOMING_REQUEST_POST_PROCESSED)
	public boolean narrowGranularSearch(RequestDetails request) {
		Caller caller = Caller.current().orElse(null);
		if (caller == null || request.getRequestType() != RequestTypeEnum.GET || request.getResourceName() == null
				|| request.getId() != null || request.getOperation() != null) {
			return true;
		}
		List<SmartScope> granting = caller.granting(request.getResourceName(), Action.SEARCH);
		if (granting.isEmpty() || granting.stream().anyMatch(s -> s.filter().isEmpty())) {
			return true;
		}
		List<String> keys = granting.stream().flatMap(s -> s.filter().keySet().stream()).distinct().toList();
		if (keys.size() != 1 || granting.stream().anyMatch(s -> s.filter().size() != 1)) {
			return true; // several parameters cannot be OR-ed in one search: the response check refuses what is not granted
		}
		String key = keys.get(0);
		String values = granting.stream().map(s -> s.filter().get(key)).distinct().collect(Collectors.joining(","));
		Map<String, String[]> parameters = new LinkedHashMap<>(request.getParameters());
		String[] existing = parameters.get(key);
		String[] narrowed = existing == null ? new String[] {values} : Arrays.copyOf(existing, existing.length + 1);
		if (existing != null) {
			narrowed[existing.length] = values;
		}
		parameters.put(key, narrowed);
		request.setParameters(parameters);
		return true;
	}

	@Hook(Pointcut.SERVER_INCOMING_REQUEST_PRE_HANDLED)
	public void check(RequestDetails request, RestOperationTypeEnum operation) {
		Caller caller = Caller.current().orElse(null);
		if (caller == null) {
			return;
		}
		String type = request.getResourceName();
		switch (operation) {
			case READ, VREAD, HISTORY_INSTANCE -> need(caller, type, Action.READ);
			case SEARCH_TYPE -> need(caller, type, Action.SEARCH);
			case HISTORY_TYPE -> {
				staffOnly(caller, "The history of a whole resource type");
				need(caller, type, Action.SEARCH);
			}
			case SEARCH_SYSTEM, HISTORY_SYSTEM -> {
				staffOnly(caller, "A search or history across all resource types");
				need(caller, "*", Action.SEARCH);
			}
			case CREATE -> need(caller, type, Action.CREATE);
			case UPDATE, PATCH -> need(caller, type, Action.UPDATE);
			case DELETE -> need(caller, type, Action.DELETE);
			case TRANSACTION, BATCH -> entries(caller, request.getResource());
			case GRAPHQL_REQUEST -> throw new ForbiddenOperationException("GraphQL is not offered");
			default -> {
				// Operations, paging and metadata: the authorization rules decide.
			}
		}
	}

	private static void entries(Caller caller, IBaseResource resource) {
		if (!(resource instanceof Bundle bundle)) {
			return;
		}
		for (Bundle.BundleEntryComponent entry : bundle.getEntry()) {
			Bundle.HTTPVerb method = entry.getRequest().getMethod();
			String url = entry.getRequest().getUrl();
			if (method == null || url == null) {
				continue;
			}
			String path = url.split("\\?", 2)[0];
			String[] parts = path.startsWith("/") ? path.substring(1).split("/") : path.split("/");
			String type = parts.length > 0 && !parts[0].isEmpty() && !parts[0].startsWith("$") ? parts[0] : "*";
			boolean operation = Arrays.stream(parts).anyMatch(p -> p.startsWith("$"));
			if (operation) {
				continue;
			}
			switch (method) {
				case GET, HEAD -> {
					if ("*".equals(type) || Arrays.asList(parts).contains("_history") && parts.length <= 2) {
						staffOnly(caller, "A search or history across resources");
					}
					need(caller, type, parts.length >= 2 && !parts[1].startsWith("_") ? Action.READ : Action.SEARCH);
				}
				case POST -> need(caller, type, Action.CREATE);
				case PUT, PATCH -> need(caller, type, Action.UPDATE);
				case DELETE -> need(caller, type, Action.DELETE);
				default -> throw new ForbiddenOperationException("This entry's method is not allowed");
			}
		}
	}

	private static void staffOnly(Caller caller, String what) {
		if (caller.patientContext()) {
			throw new ForbiddenOperationException(what + " is not available to a patient-context token");
		}
	}

	private static void need(Caller caller, String type, Action action) {
		if (type == null) {
			return;
		}
		if (caller.granting(type, action).isEmpty()) {
			throw new ForbiddenOperationException("This token's scopes do not allow " + action.name().toLowerCase()
					+ ("*".equals(type) ? " across all types" : " of " + type));
		}
	}
}
