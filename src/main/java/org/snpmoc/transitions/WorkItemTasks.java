package org.snpmoc.transitions;

import static org.snpmoc.contract.MocCodes.CS_ARTIFACT;
import static org.snpmoc.contract.MocCodes.CS_FACTOR;
import static org.snpmoc.contract.MocCodes.WORK_ITEM;

import java.util.List;
import java.util.Objects;
import org.hl7.fhir.r4.model.CodeableConcept;
import org.hl7.fhir.r4.model.Coding;
import org.hl7.fhir.r4.model.DateTimeType;
import org.hl7.fhir.r4.model.Reference;
import org.hl7.fhir.r4.model.StringType;
import org.hl7.fhir.r4.model.Task;
import org.snpmoc.compliance.Window;
import org.snpmoc.contract.MocCodes;

/**
 * Work items as moc-work-item-task Tasks: reasonCode the factor, restriction.period the window (end = due date),
 * focus the event that opened it, description the window in a care manager's words; completed with the evidence
 * that satisfied the window, dated by that evidence.
 */
final class WorkItemTasks {
	static final String PROFILE = MocCodes.profile("moc-work-item-task");
	static final String EVIDENCE = "Evidence";
	static final String NO_LONGER_APPLIES = "no longer applies";
	/** The author of the notes the server writes on its work items. */
	static final String SERVER_NOTE = "SNP MOC FHIR server";

	private WorkItemTasks() {}

	/** A new open work item for the window. */
	static Task open(String id, Window window, String patient, String owner) {
		Task task = new Task();
		task.setId(id);
		task.getMeta().addProfile(PROFILE);
		task.setStatus(Task.TaskStatus.REQUESTED);
		task.setIntent(Task.TaskIntent.ORDER);
		task.setCode(new CodeableConcept(new Coding(CS_ARTIFACT, WORK_ITEM, "MOC work item")));
		task.setReasonCode(new CodeableConcept(new Coding(CS_FACTOR, window.factor(), null)));
		task.setFor(new Reference(patient));
		task.setFocus(new Reference(window.trigger().event()));
		task.setAuthoredOnElement(new DateTimeType(window.opens().toString()));
		setWindow(task, window);
		if (owner != null) {
			task.setOwner(new Reference(owner));
		}
		return task;
	}

	/** Whether the stored Task already shows the window as it now stands (dates and wording). */
	static boolean showsWindow(Task task, Window window) {
		return Objects.equals(task.getRestriction().getPeriod().getStartElement().getValueAsString(), window.opens().toString())
				&& Objects.equals(task.getRestriction().getPeriod().getEndElement().getValueAsString(), window.deadline().toString())
				&& Objects.equals(task.getDescription(), description(window));
	}

	static void setWindow(Task task, Window window) {
		task.getRestriction().getPeriod()
				.setStartElement(new DateTimeType(window.opens().toString()))
				.setEndElement(new DateTimeType(window.deadline().toString()));
		task.setDescription(description(window));
	}

	/**
	 * Sets (or with null removes) the server's note on the Task, leaving notes written by people alone; answers
	 * whether the Task changed.
	 */
	static boolean setNote(Task task, String text) {
		var mine = task.getNote().stream()
				.filter(n -> n.getAuthor() instanceof StringType author && SERVER_NOTE.equals(author.getValue()))
				.toList();
		if (text == null ? mine.isEmpty() : mine.size() == 1 && text.equals(mine.get(0).getText())) {
			return false;
		}
		task.getNote().removeAll(mine);
		if (text != null) {
			task.addNote().setAuthor(new StringType(SERVER_NOTE)).setText(text);
		}
		return true;
	}

	/** Marks the Task done by the window's evidence, dated by the evidence (never by the day it was stored). */
	static void complete(Task task, Window window) {
		task.setStatus(Task.TaskStatus.COMPLETED);
		task.setStatusReason(null);
		task.getExecutionPeriod().setEndElement(new DateTimeType(window.satisfiedOn().toString()));
		task.getOutput().clear();
		satisfyingEvidence(window).forEach(ref -> task.addOutput()
				.setType(new CodeableConcept().setText(EVIDENCE))
				.setValue(new Reference(ref)));
	}

	/** Opens a Task again whose evidence is gone (a Communication entered in error, a corrected date). */
	static void reopen(Task task) {
		task.setStatus(Task.TaskStatus.REQUESTED);
		task.setStatusReason(null);
		task.getExecutionPeriod().setEndElement(null);
		task.getOutput().clear();
	}

	/** Cancels an open Task whose window no longer exists (the stay was cancelled, the enrollment ended). */
	static void cancel(Task task) {
		task.setStatus(Task.TaskStatus.CANCELLED);
		task.setStatusReason(new CodeableConcept().setText(NO_LONGER_APPLIES));
	}

	/** Completed by the server (rather than closed by a person): it names its evidence. */
	static boolean completedByServer(Task task) {
		return task.getStatus() == Task.TaskStatus.COMPLETED && task.getOutput().stream()
				.anyMatch(o -> EVIDENCE.equals(o.getType().getText()));
	}

	static boolean cancelledByServer(Task task) {
		return task.getStatus() == Task.TaskStatus.CANCELLED && NO_LONGER_APPLIES.equals(task.getStatusReason().getText());
	}

	private static String description(Window window) {
		return window.what() + ". Due " + window.deadline() + ".";
	}

	/** The references that satisfied the window: its evidence past what it hangs on (the event, the enrollment). */
	private static List<String> satisfyingEvidence(Window window) {
		String event = window.trigger().event();
		List<String> found = window.evidence().stream().filter(e -> !e.equals(event)).toList();
		return found.isEmpty() ? List.of(event) : List.of(found.get(found.size() - 1));
	}
}
