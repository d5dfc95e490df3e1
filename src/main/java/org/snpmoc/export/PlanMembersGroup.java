package org.snpmoc.export;

import ca.uhn.fhir.interceptor.api.Hook;
import ca.uhn.fhir.interceptor.api.Interceptor;
import ca.uhn.fhir.interceptor.api.Pointcut;
import ca.uhn.fhir.jpa.api.dao.DaoRegistry;
import ca.uhn.fhir.jpa.api.dao.IFhirResourceDao;
import ca.uhn.fhir.rest.api.server.SystemRequestDetails;
import ca.uhn.fhir.rest.server.exceptions.ResourceGoneException;
import ca.uhn.fhir.rest.server.exceptions.ResourceNotFoundException;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicBoolean;
import org.hl7.fhir.instance.model.api.IBaseResource;
import org.hl7.fhir.r4.model.CodeableConcept;
import org.hl7.fhir.r4.model.Coverage;
import org.hl7.fhir.r4.model.Group;
import org.hl7.fhir.r4.model.IdType;
import org.hl7.fhir.r4.model.Reference;
import org.snpmoc.compliance.MocEvaluationService;
import org.snpmoc.compliance.PlanPopulation;
import org.snpmoc.config.AfterCommit;
import org.snpmoc.config.StorageInterceptor;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.DisposableBean;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * The plan's member list, {@code Group/snp-members}: an actual Group of persons whose members are the Patients with
 * an SNP enrollment Coverage in force today (the rule of the plan-level operations, {@link PlanPopulation}). It is
 * built at start, brought up to date in the background after each Coverage write commits, and again just before a
 * Group-level {@code $export} of it (an enrollment may also end by the calendar alone). Stored only when its members
 * change.
 */
@Component
@Interceptor
public class PlanMembersGroup implements StorageInterceptor, DisposableBean {
	public static final String GROUP_ID = "snp-members";
	private static final Logger LOG = LoggerFactory.getLogger(PlanMembersGroup.class);

	private final DaoRegistry daos;
	private final PlanPopulation population;
	private final MocEvaluationService evaluation;
	private final ExecutorService worker = Executors.newSingleThreadExecutor(runnable -> {
		Thread thread = new Thread(runnable, "plan-members-group");
		thread.setDaemon(true);
		return thread;
	});
	private final AtomicBoolean queued = new AtomicBoolean();

	public PlanMembersGroup(DaoRegistry daos, PlanPopulation population, MocEvaluationService evaluation) {
		this.daos = daos;
		this.population = population;
		this.evaluation = evaluation;
	}

	@Hook(Pointcut.STORAGE_PRECOMMIT_RESOURCE_CREATED)
	void created(IBaseResource resource) {
		written(resource);
	}

	@Hook(Pointcut.STORAGE_PRECOMMIT_RESOURCE_UPDATED)
	void updated(IBaseResource previous, IBaseResource resource) {
		written(resource);
	}

	@Hook(Pointcut.STORAGE_PRECOMMIT_RESOURCE_DELETED)
	void deleted(IBaseResource resource) {
		written(resource);
	}

	@EventListener(ApplicationReadyEvent.class)
	void atStart() {
		refreshSoon();
	}

	private void written(IBaseResource resource) {
		if (resource instanceof Coverage) {
			AfterCommit.run(this::refreshSoon);
		}
	}

	/** Queues one refresh; writes committed while it is queued are seen by it. */
	void refreshSoon() {
		if (queued.compareAndSet(false, true)) {
			worker.execute(() -> {
				queued.set(false);
				try {
					refresh();
				} catch (RuntimeException e) {
					LOG.warn("The plan's member Group could not be brought up to date", e);
				}
			});
		}
	}

	/** Brings Group/snp-members up to date now; returns its members' Patient ids. */
	public synchronized List<String> refresh() {
		List<String> members = population.enrolledPatientIds(evaluation.context(null));
		IFhirResourceDao<Group> dao = daos.getResourceDao(Group.class);
		Group current = null;
		try {
			current = dao.read(new IdType("Group", GROUP_ID), new SystemRequestDetails());
		} catch (ResourceNotFoundException | ResourceGoneException e) {
			// first build
		}
		if (current != null && sameList(current, members)) {
			return members;
		}
		Group group = new Group();
		group.setId(new IdType("Group", GROUP_ID));
		group.setActive(true);
		group.setActual(true);
		group.setType(Group.GroupType.PERSON);
		group.setName("SNP members");
		group.setCode(new CodeableConcept().setText("Beneficiaries with an SNP enrollment in force"));
		group.setQuantity(members.size());
		for (String id : members) {
			group.addMember().setEntity(new Reference("Patient/" + id));
		}
		dao.update(group, new SystemRequestDetails());
		LOG.info("Group/{}: {} members", GROUP_ID, members.size());
		return members;
	}

	private static boolean sameList(Group current, List<String> members) {
		if (!current.getActual() || current.getType() != Group.GroupType.PERSON
				|| current.getMember().size() != members.size()) {
			return false;
		}
		for (int i = 0; i < members.size(); i++) {
			Group.GroupMemberComponent member = current.getMember().get(i);
			if (member.getInactive()
					|| !("Patient/" + members.get(i)).equals(member.getEntity().getReferenceElement().toUnqualifiedVersionless().getValue())) {
				return false;
			}
		}
		return true;
	}

	@Override
	public void destroy() {
		worker.shutdownNow();
	}
}
