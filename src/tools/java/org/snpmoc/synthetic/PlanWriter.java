package org.snpmoc.synthetic;

import static org.snpmoc.contract.MocCodes.*;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.hl7.fhir.r4.model.CarePlan;
import org.hl7.fhir.r4.model.CodeableConcept;
import org.hl7.fhir.r4.model.Coding;
import org.hl7.fhir.r4.model.Communication;
import org.hl7.fhir.r4.model.DateType;
import org.hl7.fhir.r4.model.Goal;
import org.hl7.fhir.r4.model.Observation;
import org.hl7.fhir.r4.model.Period;
import org.hl7.fhir.r4.model.Reference;
import org.hl7.fhir.r4.model.StringType;

/**
 * The ICP and what goes with it: self-management goals, a care-preference Observation per HRA, one CarePlan
 * version per revision (all under one id, each dated by the icp-revision-date extension), the update notices of
 * every revision and the ICT meetings that review the plan. The drawn misses change the final version or the
 * notices; the versions are returned in order, for the loader to write one after the other.
 */
final class PlanWriter {
	private static final Map<String, String> GOALS = Map.of(
			"mental-health", "Attend counseling every two weeks and walk 20 minutes a day to lift my mood",
			"psychosocial", "Enroll in SNAP and use the food pantry so I have enough food every week",
			"medical", "Take my medicines as prescribed using a weekly pill organizer",
			"functional", "Use my walker at home and do the balance exercises three times a week",
			"cognitive", "Keep a daily calendar with my daughter's help for appointments and medicines",
			"wellness", "Get my annual wellness visit and flu shot this year",
			"activity", "Walk or do chair exercises for 20 minutes at least five days a week");
	private static final List<String> STATUSES = List.of("in-progress", "improving", "achieved", "sustaining");
	private static final List<String> PREFERENCES = List.of(
			"Prefers phone calls on weekday mornings; wants the caregiver included in care decisions",
			"Prefers visits at home; does not want video calls",
			"Wants written materials in large print and the caregiver copied on letters",
			"Prefers the patient portal for messages; appointments after 10 am");

	final List<CarePlan> versions = new ArrayList<>();

	PlanWriter(Resources r, Scenario scenario, Timeline timeline, HraWriter hras, TeamWriter team, Beneficiary beneficiary,
			LocalDate asOf, Draws draws) {
		Reference coordinator = Resources.ref("PractitionerRole", team.coordinator);
		List<String> needs = new ArrayList<>(hras.needs.stream().limit(3).toList());
		needs.add("wellness");
		needs.add("activity");
		List<Reference> goals = new ArrayList<>();
		LocalDate firstPlan = timeline.revisions.get(0).date();
		for (String need : needs) {
			Goal goal = r.add(new Goal(), "goal-" + need, "moc-self-management-goal");
			goal.addCategory(Resources.artifact(SELF_MANAGEMENT, "Self-management goal"));
			goal.setLifecycleStatus(Goal.GoalLifecycleStatus.ACTIVE);
			goal.setDescription(new CodeableConcept().setText(GOALS.get(need)));
			goal.setSubject(r.patient());
			goal.setStart(new DateType(firstPlan.toString()));
			goal.setAchievementStatus(new CodeableConcept(new Coding(GOAL_ACHIEVEMENT, draws.pick(STATUSES), null)));
			goal.setStatusDateElement(new DateType(asOf.minusDays(draws.between(5, 90)).toString()));
			goal.setExpressedBy(r.patient());
			goals.add(Resources.ref(goal));
		}
		List<Reference> preferences = new ArrayList<>();
		for (int k = 0; k < timeline.hras.size(); k++) {
			Observation pref = r.add(new Observation(), "care-preference-" + (k + 1), "moc-care-preference");
			pref.setCode(Resources.artifact(CARE_PREFERENCE, "Care preference"));
			pref.setStatus(Observation.ObservationStatus.FINAL);
			pref.setSubject(r.patient());
			pref.setEffective(Resources.date(timeline.hras.get(k)));
			pref.setValue(new StringType(draws.pick(PREFERENCES)));
			pref.addPerformer(coordinator);
			preferences.add(Resources.ref(pref));
		}

		int last = timeline.revisions.size() - 1;
		for (int v = 0; v <= last; v++) {
			Timeline.Revision revision = timeline.revisions.get(v);
			int cited = revision.hra();
			// A plan drawn to miss 2B.1 never cites the HRA of the latest yearly cycle.
			if (cited == timeline.latestCycle && scenario.misses("2B.1")) {
				cited--;
			}
			boolean isFinal = v == last;
			CarePlan plan = version(r, revision.date(), firstPlan, isFinal ? Resources.ref("PractitionerRole", team.lead) : coordinator,
					goals, needs);
			plan.addSupportingInfo(Resources.ref("QuestionnaireResponse", r.patientId + "-hra-" + (cited + 1)));
			if (!(isFinal && scenario.misses("2C.1"))) {
				plan.addSupportingInfo(preferences.get(revision.hra()));
			}
			if (!(isFinal && scenario.misses("2C.3"))) {
				plan.addContributor(r.patient());
				plan.addContributor(r.caregiver());
			}
			if (!(isFinal && scenario.misses("2C.4"))) {
				plan.addCareTeam(r.careTeam());
			}
			versions.add(plan);
			notices(r, v, revision.date(), coordinator, beneficiary, isFinal, scenario, draws);
		}
		meetings(r, scenario, timeline, coordinator, goals, asOf);
	}

	private static CarePlan version(Resources r, LocalDate revised, LocalDate firstPlan, Reference author, List<Reference> goals,
			List<String> needs) {
		CarePlan plan = new CarePlan();
		plan.setId(r.patientId + "-icp");
		plan.getMeta().addProfile(profile("moc-icp"));
		plan.addExtension(EXT_ICP_REVISION_DATE, Resources.date(revised));
		plan.setStatus(CarePlan.CarePlanStatus.ACTIVE);
		plan.setIntent(CarePlan.CarePlanIntent.PLAN);
		plan.addCategory(Resources.artifact(ICP, "Individualized care plan"));
		plan.setTitle("Individualized care plan");
		plan.setSubject(r.patient());
		plan.setPeriod(new Period().setStartElement(Resources.date(firstPlan)));
		plan.setCreatedElement(Resources.date(firstPlan));
		plan.setAuthor(author);
		for (int g = 0; g < goals.size(); g++) {
			plan.addGoal(goals.get(g));
			var detail = plan.addActivity().getDetail();
			detail.setKind(CarePlan.CarePlanActivityKind.SERVICEREQUEST);
			detail.setCode(new CodeableConcept().setText("Support for the " + needs.get(g) + " goal"));
			if (!needs.get(g).equals("wellness") && !needs.get(g).equals("activity")) {
				detail.addReasonCode(new CodeableConcept(new Coding(CS_HRA_DOMAIN, needs.get(g), null)));
			}
			detail.addGoal(goals.get(g));
			detail.setStatus(CarePlan.CarePlanActivityStatus.INPROGRESS);
		}
		return plan;
	}

	/**
	 * The update notices of one revision: to the beneficiary and caregiver, and to the ICT, within a week. Drawn to
	 * miss 2C.5, the final revision reaches the ICT only (the beneficiary, an ICT member, is reached by theirs).
	 */
	private static void notices(Resources r, int v, LocalDate revised, Reference sender, Beneficiary beneficiary, boolean isFinal,
			Scenario scenario, Draws draws) {
		if (!(isFinal && scenario.misses("2C.5"))) {
			Communication toMember = r.communication("icp-" + (v + 1) + "-notice-member", ICP_UPDATE_NOTICE,
					revised.plusDays(draws.between(0, 7)), sender, "Your care plan was updated on " + revised + ".");
			beneficiary.sendToBeneficiary(toMember, r, true);
			toMember.addAbout(r.carePlan());
		}
		Communication toTeam = r.communication("icp-" + (v + 1) + "-notice-ict", ICP_UPDATE_NOTICE,
				revised.plusDays(draws.between(0, 7)), sender, "The care plan revision of " + revised + " is ready for the team.");
		toTeam.addRecipient(r.careTeam());
		toTeam.addAbout(r.carePlan());
	}

	/** ICT meetings review the plan and a goal; drawn to miss 2D.3, those of the last 400 days discuss nothing specific. */
	private static void meetings(Resources r, Scenario scenario, Timeline timeline, Reference sender, List<Reference> goals,
			LocalDate asOf) {
		for (int m = 0; m < timeline.meetings.size(); m++) {
			LocalDate on = timeline.meetings.get(m);
			boolean reviews = !(scenario.misses("2D.3") && on.isAfter(asOf.minusDays(400)));
			Communication meeting = r.communication("ict-meeting-" + (m + 1), ICT_MEETING, on, sender,
					reviews ? "Team review of the care plan and goals." : "Team huddle: scheduling and staffing.");
			meeting.addRecipient(r.careTeam());
			if (reviews) {
				meeting.addAbout(r.carePlan());
				meeting.addAbout(goals.get(m % goals.size()));
			}
		}
	}
}
