package org.snpmoc.transitions;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.snpmoc.compliance.MocPolicy;
import org.snpmoc.transitions.WorkItem.Anchor;

/**
 * Which work items an event opens, with their windows from the policy: the 2E steps and the post-discharge HRA
 * and ICP revision of a care transition, the initial HRA of an enrollment, and the next yearly HRA after an HRA.
 */
final class WorkItemPlanner {
	private final MocPolicy policy;

	WorkItemPlanner(MocPolicy policy) {
		this.policy = policy;
	}

	/** The admission steps: ICP to the admitting setting, point-of-contact notice, transition coordinator. */
	List<WorkItem> admission(Stay stay, String owner) {
		LocalDate in = stay.admitted();
		List<WorkItem> items = new ArrayList<>();
		items.add(item(stay, "2E.3", Anchor.ADMISSION, in, policy.getIcpTransferDays(), stay.setting(), owner,
				"Send the care plan to the admitting " + setting(stay.setting()) + " (icp-transfer communication)."));
		items.add(item(stay, "2E.6", Anchor.ADMISSION, in, policy.getPointOfContactDays(), null, owner,
				"Tell the member or caregiver who coordinates this stay and how to reach them (point-of-contact notice)."));
		items.add(item(stay, "2E.2", Anchor.ADMISSION, in, policy.getTransitionCoordinationDays(), null, owner,
				"Assign a transition coordinator for this stay (transition-coordination task owned by staff)."));
		return items;
	}

	/**
	 * The discharge steps. The point-of-contact notice is asked again only when none was given after admission:
	 * 2E.6 is met by a notice after either.
	 */
	List<WorkItem> discharge(Stay stay, boolean pointOfContactGiven, String owner) {
		LocalDate out = stay.discharged();
		List<WorkItem> items = new ArrayList<>();
		if (stay.hasNextSetting()) {
			items.add(item(stay, "2E.3", Anchor.DISCHARGE, out, policy.getIcpTransferDays(), stay.nextSetting(), owner,
					"Send the care plan to the next " + setting(stay.nextSetting()) + " (icp-transfer communication)."));
		}
		if (!pointOfContactGiven) {
			items.add(item(stay, "2E.6", Anchor.DISCHARGE, out, policy.getPointOfContactDays(), null, owner,
					"Tell the member or caregiver who coordinates the discharge and how to reach them (point-of-contact notice)."));
		}
		items.add(item(stay, "2E.1", Anchor.DISCHARGE, out, policy.getFollowUpDays(), null, owner,
				"Make sure the member has a follow-up visit or a booked appointment after discharge."));
		items.add(item(stay, "2E.4", Anchor.DISCHARGE, out, policy.getPhiAccessDays(), null, owner,
				"Give the member or caregiver access to their health information (phi-access communication)."));
		items.add(item(stay, "2E.5", Anchor.DISCHARGE, out, policy.getEducationDays(), null, owner,
				"Teach the member or caregiver self-management after discharge (self-management-education communication)."));
		items.add(item(stay, "2B.3", Anchor.DISCHARGE, out, policy.getHraAfterDischargeDays(), null, owner,
				"Reassess the member with a new HRA after the discharge."));
		items.add(item(stay, "2C.2", Anchor.DISCHARGE, out, policy.getIcpAfterDischargeDays(), null, owner,
				"Revise the care plan after the discharge."));
		return items;
	}

	/** The initial HRA of a new SNP enrollment, due within the policy's days after the enrollment date. */
	WorkItem enrollment(String coverage, String patient, LocalDate enrolled, String owner) {
		int days = policy.getInitialHraDays();
		return new WorkItem("2B.3", Anchor.ENROLLMENT, patient, coverage, enrolled, enrolled.minusDays(days),
				enrolled.plusDays(days), null, owner,
				"Complete the initial HRA of the new member (enrolled " + enrolled + ") by " + enrolled.plusDays(days) + ".");
	}

	/** The next yearly HRA after a completed one. */
	WorkItem annual(String response, String patient, LocalDate authored, String owner) {
		LocalDate due = authored.plusDays(policy.getHraReassessmentDays());
		return new WorkItem("2B.3", Anchor.ANNUAL, patient, response, authored, authored, due, null, owner,
				"Complete the member's next yearly HRA (last one " + authored + ") by " + due + ".");
	}

	private static WorkItem item(Stay stay, String factor, Anchor anchor, LocalDate from, int days, String recipient,
			String owner, String what) {
		LocalDate due = from.plusDays(days);
		String event = anchor == Anchor.ADMISSION ? "admission on " + from : "discharge on " + from;
		return new WorkItem(factor, anchor, stay.patient(), stay.encounter(), from, from, due, recipient, owner,
				what + " Due " + due + ", after the " + event + ".");
	}

	private static String setting(String organization) {
		return organization == null ? "setting" : "setting (" + organization + ")";
	}
}
