package org.snpmoc.synthetic;

import static org.snpmoc.contract.MocCodes.*;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.hl7.fhir.r4.model.CodeType;
import org.hl7.fhir.r4.model.CodeableConcept;
import org.hl7.fhir.r4.model.Coding;
import org.hl7.fhir.r4.model.Communication;
import org.hl7.fhir.r4.model.Period;
import org.hl7.fhir.r4.model.QuestionnaireResponse;
import org.hl7.fhir.r4.model.Reference;
import org.hl7.fhir.r4.model.RiskAssessment;
import org.hl7.fhir.r4.model.Task;

/**
 * Each HRA of the story: the outreach calls that led to it, the completed QuestionnaireResponse on the IG's tool,
 * the RiskAssessment scored from it as the server scores it, and its dissemination to the ICT. The needs flagged
 * on every HRA are kept, so that the ICT can include a member for each.
 */
final class HraWriter {
	private static final List<String> METHODS = List.of("phone", "phone", "in-person", "mail", "portal");

	/** Needs in the order first flagged, with the date of the HRA that flagged each first. */
	final Set<String> needs = new LinkedHashSet<>();
	final List<LocalDate> needSince = new ArrayList<>();

	void write(Resources r, Scenario scenario, Timeline timeline, HraInstrument tool, Reference coordinator, Draws draws) {
		Set<String> troubled = new LinkedHashSet<>();
		for (HraInstrument.Domain d : tool.domains()) {
			if (draws.chance(0.3)) {
				troubled.add(d.code());
			}
		}
		for (int k = 0; k < timeline.hras.size(); k++) {
			LocalDate done = timeline.hras.get(k);
			boolean latest = k == timeline.latestCycle;
			outreach(r, k, done, timeline.latestCycle == 1 ? 3 : draws.between(1, 2), coordinator, draws);
			List<String> flagged = new ArrayList<>();
			QuestionnaireResponse hra = response(r, k, done, tool, troubled, coordinator, flagged, draws);
			for (String need : flagged) {
				if (needs.add(need)) {
					needSince.add(done);
				}
			}
			LocalDate scored = latest && scenario.misses("2B.4") ? done.plusDays(draws.between(45, 60)) : done;
			risk(r, k, scored, hra, flagged);
			if (!(latest && scenario.misses("2B.2"))) {
				Communication c = r.communication("hra-" + (k + 1) + "-to-ict", HRA_DISSEMINATION,
						done.plusDays(draws.between(2, 12)), coordinator, "HRA of " + done + ": "
								+ (flagged.isEmpty() ? "no domain need flagged" : String.join(", ", flagged) + " needs flagged"));
				c.addRecipient(r.careTeam());
				c.addAbout(Resources.ref(hra));
			}
		}
	}

	/** One to three unanswered calls (fewer for longer records), then the call that reached the member, all in the three weeks before. */
	private static void outreach(Resources r, int k, LocalDate done, int unanswered, Reference owner, Draws draws) {
		for (int a = 1; a <= unanswered + 1; a++) {
			boolean reached = a == unanswered + 1;
			LocalDate on = reached ? done.minusDays(draws.between(0, 2)) : done.minusDays(24 - 6 * a + draws.between(0, 3));
			Task task = r.add(new Task(), "hra-" + (k + 1) + "-outreach-" + a, "moc-hra-outreach-task");
			task.setCode(Resources.artifact(HRA_OUTREACH, "HRA outreach attempt"));
			task.setStatus(reached ? Task.TaskStatus.COMPLETED : Task.TaskStatus.FAILED);
			task.setIntent(Task.TaskIntent.ORDER);
			task.setStatusReason(new CodeableConcept(new Coding(CS_OUTREACH_OUTCOME, reached ? "completed" : UNABLE_TO_CONTACT, null)));
			task.setFor(r.patient());
			task.setAuthoredOnElement(Resources.date(on));
			task.setExecutionPeriod(new Period().setStartElement(Resources.date(on)));
			task.setOwner(owner);
		}
	}

	/** The answers; {@code flagged} receives the domains whose score reaches the group's threshold. */
	private static QuestionnaireResponse response(Resources r, int k, LocalDate done, HraInstrument tool, Set<String> troubled,
			Reference coordinator, List<String> flagged, Draws draws) {
		QuestionnaireResponse qr = r.add(new QuestionnaireResponse(), "hra-" + (k + 1), "moc-hra-response");
		qr.addExtension(EXT_HRA_METHOD, new CodeType(draws.pick(METHODS)));
		qr.setQuestionnaire(tool.canonical());
		qr.setStatus(QuestionnaireResponse.QuestionnaireResponseStatus.COMPLETED);
		qr.setSubject(r.patient());
		qr.setAuthoredElement(Resources.date(done));
		qr.setAuthor(coordinator);
		qr.setSource(r.patient());
		for (HraInstrument.Domain domain : tool.domains()) {
			// A problem persists from one assessment to the next, most of the time.
			boolean hasProblem = troubled.contains(domain.code()) ? draws.chance(0.85) : draws.chance(0.05);
			HraInstrument.DomainAnswers answers = tool.answer(domain, hasProblem, draws);
			qr.addItem(answers.group());
			if (answers.need()) {
				flagged.add(domain.code());
			}
		}
		return qr;
	}

	private static void risk(Resources r, int k, LocalDate on, QuestionnaireResponse hra, List<String> flagged) {
		RiskAssessment ra = r.add(new RiskAssessment(), "risk-" + (k + 1), "moc-risk-assessment");
		ra.setStatus(RiskAssessment.RiskAssessmentStatus.FINAL);
		ra.setSubject(r.patient());
		ra.setOccurrence(Resources.date(on));
		ra.addBasis(Resources.ref(hra));
		String tier = flagged.size() >= 3 ? "high" : flagged.isEmpty() ? "low" : "moderate";
		ra.addPrediction().setQualitativeRisk(new CodeableConcept(new Coding(RISK_PROBABILITY, tier, null)));
		for (String need : flagged) {
			ra.addPrediction().setOutcome(new CodeableConcept(new Coding(CS_HRA_DOMAIN, need, null)));
		}
	}
}
