package org.snpmoc.compliance.gaps;

import static org.snpmoc.contract.MocCodes.*;

import java.util.List;
import java.util.UUID;
import org.hl7.fhir.r4.model.Bundle;
import org.hl7.fhir.r4.model.CodeableConcept;
import org.hl7.fhir.r4.model.Coding;
import org.hl7.fhir.r4.model.DateTimeType;
import org.hl7.fhir.r4.model.Period;
import org.hl7.fhir.r4.model.Reference;
import org.hl7.fhir.r4.model.Task;

/**
 * The work list as a Bundle (type collection) of moc-work-item-task Tasks. They are built for the answer only and
 * never stored: the server's own work items are not evidence of care.
 */
public final class WorkListBuilder {
	static final String OVERDUE = "overdue";
	static final String DUE_SOON = "due-soon";

	private WorkListBuilder() {}

	/**
	 * @param gaps   the whole list, in work order
	 * @param offset first item to return
	 * @param count  how many items at most, or null for all
	 * @param nextUrl the URL of the next page, given the next offset; used only when items remain
	 */
	public static Bundle bundle(List<Gap> gaps, int offset, Integer count, java.util.function.IntFunction<String> nextUrl) {
		Bundle bundle = new Bundle().setType(Bundle.BundleType.COLLECTION);
		int end = count == null ? gaps.size() : (int) Math.min(gaps.size(), (long) offset + count);
		for (int i = Math.min(offset, gaps.size()); i < end; i++) {
			bundle.addEntry().setFullUrl("urn:uuid:" + UUID.randomUUID()).setResource(task(gaps.get(i)));
		}
		if (end < gaps.size()) {
			bundle.addLink().setRelation("next").setUrl(nextUrl.apply(end));
		}
		return bundle;
	}

	static Task task(Gap gap) {
		Task task = new Task();
		task.getMeta().addProfile(profile("moc-work-item-task"));
		task.setStatus(Task.TaskStatus.REQUESTED);
		task.setIntent(Task.TaskIntent.PLAN);
		task.setCode(new CodeableConcept(new Coding(CS_ARTIFACT, WORK_ITEM, "MOC work item")));
		task.setReasonCode(new CodeableConcept(new Coding(CS_FACTOR, gap.factor(), null)));
		task.setBusinessStatus(new CodeableConcept().setText(gap.overdue() ? OVERDUE : DUE_SOON));
		if (!gap.subject().isEmpty()) {
			task.setFor(new Reference(gap.subject()));
		}
		task.setDescription(gap.what());
		if (gap.event() != null) {
			task.setFocus(new Reference(gap.event()));
		}
		if (gap.owner() != null) {
			task.setOwner(new Reference(gap.owner()));
		}
		task.getRestriction().setPeriod(new Period().setEndElement(new DateTimeType(gap.due().toString())));
		return task;
	}
}
