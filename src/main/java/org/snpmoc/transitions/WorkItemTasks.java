package org.snpmoc.transitions;

import static org.snpmoc.contract.MocCodes.CS_ARTIFACT;
import static org.snpmoc.contract.MocCodes.CS_FACTOR;
import static org.snpmoc.contract.MocCodes.WORK_ITEM;

import java.time.LocalDate;
import java.time.ZoneId;
import org.hl7.fhir.r4.model.CodeableConcept;
import org.hl7.fhir.r4.model.Coding;
import org.hl7.fhir.r4.model.DateTimeType;
import org.hl7.fhir.r4.model.Reference;
import org.hl7.fhir.r4.model.Task;
import org.snpmoc.compliance.ClinicalDates;
import org.snpmoc.compliance.Codes;
import org.snpmoc.contract.MocCodes;

/**
 * Work items as moc-work-item-task Tasks: reasonCode the factor, restriction.period the window (end = due date),
 * restriction.recipient whom the step must reach, focus the event; and back.
 */
final class WorkItemTasks {
	static final String PROFILE = MocCodes.profile("moc-work-item-task");

	private WorkItemTasks() {}

	static Task toTask(WorkItem item) {
		Task task = new Task();
		task.setId(item.id());
		task.getMeta().addProfile(PROFILE);
		task.setStatus(Task.TaskStatus.REQUESTED);
		task.setIntent(Task.TaskIntent.ORDER);
		task.setCode(new CodeableConcept(new Coding(CS_ARTIFACT, WORK_ITEM, "MOC work item")));
		task.setReasonCode(new CodeableConcept(new Coding(CS_FACTOR, item.factor(), null)));
		task.setFor(new Reference(item.patient()));
		task.setFocus(new Reference(item.focus()));
		task.setAuthoredOnElement(new DateTimeType(item.on().toString()));
		task.getRestriction().getPeriod()
				.setStartElement(new DateTimeType(item.opens().toString()))
				.setEndElement(new DateTimeType(item.due().toString()));
		if (item.recipient() != null) {
			task.getRestriction().addRecipient(new Reference(item.recipient()));
		}
		if (item.owner() != null) {
			task.setOwner(new Reference(item.owner()));
		}
		task.setDescription(item.description());
		return task;
	}

	/** The work item a stored Task stands for, or null when the Task is not one the server opened. */
	static WorkItem fromTask(Task task, ZoneId zone) {
		WorkItem.Anchor anchor = WorkItem.anchorOf(task.getIdElement().getIdPart());
		String factor = Codes.codeIn(task.getReasonCode(), CS_FACTOR);
		LocalDate opens = ClinicalDates.start(task.getRestriction().getPeriod(), zone);
		LocalDate due = ClinicalDates.end(task.getRestriction().getPeriod(), zone);
		if (anchor == null || factor == null || opens == null || due == null
				|| !Codes.has(task.getCode(), CS_ARTIFACT, WORK_ITEM)) {
			return null;
		}
		String recipient = task.getRestriction().hasRecipient()
				? References.key(task.getRestriction().getRecipientFirstRep()) : null;
		return new WorkItem(factor, anchor, References.key(task.getFor()), References.key(task.getFocus()),
				ClinicalDates.toDate(task.getAuthoredOnElement(), zone), opens, due, recipient,
				task.hasOwner() ? References.key(task.getOwner()) : null, task.getDescription());
	}

	/** Marks the Task done by the evidence, dated by the evidence (never by the day it was loaded). */
	static void complete(Task task, String evidence, LocalDate on) {
		task.setStatus(Task.TaskStatus.COMPLETED);
		task.getExecutionPeriod().setEndElement(new DateTimeType(on.toString()));
		task.addOutput()
				.setType(new CodeableConcept().setText("Evidence"))
				.setValue(new Reference(evidence));
	}

	/** Whether a stored open Task has the window the item now asks for (a corrected discharge date moves it). */
	static boolean sameWindow(Task task, WorkItem item, ZoneId zone) {
		return item.opens().equals(ClinicalDates.start(task.getRestriction().getPeriod(), zone))
				&& item.due().equals(ClinicalDates.end(task.getRestriction().getPeriod(), zone));
	}
}
