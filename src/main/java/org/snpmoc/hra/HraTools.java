package org.snpmoc.hra;

import static org.snpmoc.contract.MocCodes.CS_ARTIFACT;
import static org.snpmoc.contract.MocCodes.HRA;

import ca.uhn.fhir.interceptor.api.Hook;
import ca.uhn.fhir.interceptor.api.Interceptor;
import ca.uhn.fhir.interceptor.api.Pointcut;
import ca.uhn.fhir.jpa.api.dao.DaoRegistry;
import ca.uhn.fhir.jpa.searchparam.SearchParameterMap;
import ca.uhn.fhir.rest.api.server.SystemRequestDetails;
import ca.uhn.fhir.rest.param.TokenParam;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.hl7.fhir.instance.model.api.IBaseResource;
import org.hl7.fhir.r4.model.Questionnaire;
import org.hl7.fhir.r4.model.QuestionnaireResponse;
import org.snpmoc.compliance.MocRules;
import org.snpmoc.config.StorageInterceptor;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * The plan's HRA tools: every stored Questionnaire whose {@code code} holds moc-artifact#hra, at any canonical and
 * any version, found by the IG's {@code artifact-code} search parameter. Scoring, profile selection, evaluation and
 * work items all ask here.
 *
 * <p>One cache, one rule: the list is read again from the database when it is older than
 * {@code moc.hra.tools-refresh-seconds}; a Questionnaire written or deleted through this server is seen at once
 * (also by the rest of its own transaction), one written through another server on the same database within that time.
 */
@Component
@Interceptor
public class HraTools implements StorageInterceptor {
	/** The IG's search parameter on Questionnaire.code (R4's own {@code code} indexes the items' codes). */
	static final String ARTIFACT_CODE = "artifact-code";

	private final DaoRegistry daos;
	private final long refreshNanos;
	/** Tools written or deleted through this server lately, by id; a null tool is a deletion. */
	private final Map<String, Written> writtenHere = new LinkedHashMap<>();
	/** Null until first read. */
	private volatile Snapshot snapshot;

	private record Snapshot(List<Questionnaire> tools, long readAt) {}

	private record Written(Questionnaire tool, long at) {}

	HraTools(DaoRegistry daos, @Value("${moc.hra.tools-refresh-seconds:10}") int refreshSeconds) {
		this.daos = daos;
		this.refreshNanos = Duration.ofSeconds(refreshSeconds).toNanos();
	}

	/** Every HRA tool, each stored version once. */
	public List<Questionnaire> all() {
		Snapshot current = snapshot;
		long now = System.nanoTime();
		if (current == null || now - current.readAt() > refreshNanos) {
			current = reload();
		}
		synchronized (writtenHere) {
			// A write is kept in view until a later database read has certainly seen it committed (or rolled back).
			writtenHere.values().removeIf(w -> now - w.at() > 2 * refreshNanos);
			if (writtenHere.isEmpty()) {
				return current.tools();
			}
			Map<String, Questionnaire> merged = new LinkedHashMap<>();
			current.tools().forEach(q -> merged.put(q.getIdElement().getIdPart(), q));
			writtenHere.forEach((id, w) -> {
				if (w.tool() != null && MocRules.isHraTool(w.tool()) && w.tool().hasUrl()) {
					merged.put(id, w.tool());
				} else {
					merged.remove(id);
				}
			});
			return List.copyOf(merged.values());
		}
	}

	/** Whether the canonical ({@code url} or {@code url|version}) names an HRA tool: any version of its URL counts. */
	public boolean isHraTool(String canonical) {
		if (canonical == null || canonical.isBlank()) {
			return false;
		}
		String url = MocRules.withoutVersion(canonical);
		return all().stream().anyMatch(q -> url.equals(q.getUrl()));
	}

	/**
	 * The tool a response answers: the version it names when that version is stored, else the tool stored last
	 * under its URL.
	 */
	public Optional<Questionnaire> toolOf(QuestionnaireResponse response) {
		String canonical = response.getQuestionnaire();
		if (canonical == null || canonical.isBlank()) {
			return Optional.empty();
		}
		int bar = canonical.indexOf('|');
		String url = bar < 0 ? canonical : canonical.substring(0, bar);
		String version = bar < 0 ? null : canonical.substring(bar + 1);
		List<Questionnaire> sameUrl = all().stream().filter(q -> url.equals(q.getUrl())).toList();
		return sameUrl.stream().filter(q -> version != null && version.equals(q.getVersion())).findFirst()
				.or(() -> sameUrl.stream().max(Comparator.comparing(HraTools::lastUpdated)));
	}

	/** Before storage, so that later entries of the same transaction Bundle already know the tool. */
	@Hook(Pointcut.STORAGE_PRESTORAGE_RESOURCE_CREATED)
	void creating(IBaseResource resource) {
		written(resource);
	}

	@Hook(Pointcut.STORAGE_PRESTORAGE_RESOURCE_UPDATED)
	void updating(IBaseResource previous, IBaseResource resource) {
		written(resource);
	}

	/** Again once stored: a created resource has its id only now. */
	@Hook(Pointcut.STORAGE_PRECOMMIT_RESOURCE_CREATED)
	void created(IBaseResource resource) {
		written(resource);
	}

	@Hook(Pointcut.STORAGE_PRECOMMIT_RESOURCE_DELETED)
	void deleted(IBaseResource resource) {
		if (resource instanceof Questionnaire q) {
			remember(key(q), null);
		}
	}

	private void written(IBaseResource resource) {
		if (resource instanceof Questionnaire q) {
			remember(key(q), q);
		}
	}

	/** The id, or while a created tool has none yet, its canonical. */
	private static String key(Questionnaire q) {
		String id = q.getIdElement().getIdPart();
		return id != null ? id : "canonical:" + q.getUrl() + "|" + q.getVersion();
	}

	private void remember(String key, Questionnaire tool) {
		synchronized (writtenHere) {
			writtenHere.put(key, new Written(tool, System.nanoTime()));
		}
	}

	private synchronized Snapshot reload() {
		Snapshot current = snapshot;
		if (current != null && System.nanoTime() - current.readAt() <= refreshNanos) {
			return current;
		}
		long started = System.nanoTime();
		List<Questionnaire> tools = new ArrayList<>();
		var dao = daos.getResourceDao(Questionnaire.class);
		SearchParameterMap byKind = SearchParameterMap.newSynchronous().add(ARTIFACT_CODE, new TokenParam(CS_ARTIFACT, HRA));
		// Ids first, then single reads: a page load of a Questionnaire stored in the same transaction trips Hibernate.
		dao.searchForResourceIds(byKind, new SystemRequestDetails()).forEach(id -> {
			Questionnaire q = dao.read(id, new SystemRequestDetails());
			if (MocRules.isHraTool(q) && q.hasUrl()) {
				tools.add(q);
			}
		});
		Snapshot fresh = new Snapshot(List.copyOf(tools), started);
		snapshot = fresh;
		return fresh;
	}

	private static java.util.Date lastUpdated(Questionnaire q) {
		return q.getMeta().getLastUpdated() != null ? q.getMeta().getLastUpdated() : new java.util.Date(0);
	}
}
