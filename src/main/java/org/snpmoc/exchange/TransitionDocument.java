package org.snpmoc.exchange;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Date;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import org.hl7.fhir.r4.model.Bundle;
import org.hl7.fhir.r4.model.CarePlan;
import org.hl7.fhir.r4.model.CareTeam;
import org.hl7.fhir.r4.model.CodeableConcept;
import org.hl7.fhir.r4.model.Coding;
import org.hl7.fhir.r4.model.Composition;
import org.hl7.fhir.r4.model.Composition.SectionComponent;
import org.hl7.fhir.r4.model.Condition;
import org.hl7.fhir.r4.model.Encounter;
import org.hl7.fhir.r4.model.Goal;
import org.hl7.fhir.r4.model.Identifier;
import org.hl7.fhir.r4.model.MedicationRequest;
import org.hl7.fhir.r4.model.MedicationStatement;
import org.hl7.fhir.r4.model.Patient;
import org.hl7.fhir.r4.model.Reference;
import org.hl7.fhir.r4.model.Resource;
import org.hl7.fhir.r4.model.RiskAssessment;
import org.snpmoc.compliance.Codes;
import org.snpmoc.compliance.MocRules;
import org.snpmoc.compliance.PatientRecord;
import org.snpmoc.compliance.factors.ict.IctParticipants;
import org.snpmoc.contract.IctRole;
import org.snpmoc.contract.MocCodes;

/**
 * The transition-of-care document sent to the next setting, shaped after HL7 PACIO Transitions of Care: a
 * {@code document} Bundle whose first entry is a Composition (LOINC 18761-7 Transfer summary note) with one section
 * each for the current ICP, the ICT and its point of contact, the goals, the needs the HRA found, the active
 * problems and the active medications, followed by every resource the Composition references.
 */
final class TransitionDocument {
	static final String LOINC = "http://loinc.org";
	static final String BUNDLE_PROFILE = MocCodes.profile("moc-transition-document");
	static final String COMPOSITION_PROFILE = MocCodes.profile("moc-transition-composition");
	static final String SECTION_CARE_PLAN = "18776-5";
	static final String SECTION_CARE_TEAM = "85847-2";
	static final String SECTION_GOALS = "61146-7";
	static final String SECTION_HEALTH_CONCERNS = "75310-3";
	static final String SECTION_PROBLEMS = "11450-4";
	static final String SECTION_MEDICATIONS = "10160-0";

	private static final String CONDITION_CLINICAL = "http://terminology.hl7.org/CodeSystem/condition-clinical";
	private static final String CONDITION_VERIFICATION = "http://terminology.hl7.org/CodeSystem/condition-ver-status";
	private static final Set<Goal.GoalLifecycleStatus> ENDED_GOALS = Set.of(Goal.GoalLifecycleStatus.CANCELLED,
			Goal.GoalLifecycleStatus.COMPLETED, Goal.GoalLifecycleStatus.ENTEREDINERROR, Goal.GoalLifecycleStatus.REJECTED);

	/** What the document is assembled from: the beneficiary's record and the clinical lists read beside it. */
	record Sources(Patient patient, Encounter encounter, List<CarePlan> carePlans, List<CareTeam> careTeams,
			List<Goal> goals, List<RiskAssessment> riskAssessments, List<Condition> conditions,
			List<Resource> medications, Map<String, Resource> referenced) {}

	private TransitionDocument() {}

	/**
	 * @param id      the Bundle's id (the Composition takes it too)
	 * @param base    the absolute base of the entries' fullUrls (the server's public FHIR base)
	 * @param author  the plan Organization, or null: the server (its Device identity) is the author
	 * @param setting the setting the document goes to (named in the title)
	 */
	static Bundle build(String id, String base, Sources sources, Reference author, String setting, Date now, ZoneId zone) {
		String patientKey = PatientRecord.key(sources.patient());
		Composition composition = new Composition();
		composition.setId(id);
		composition.getMeta().addProfile(COMPOSITION_PROFILE);
		composition.setStatus(Composition.CompositionStatus.FINAL);
		composition.setType(new CodeableConcept(new Coding(LOINC, "18761-7", "Transfer summary note")));
		composition.setSubject(new Reference(patientKey));
		composition.setEncounter(new Reference(PatientRecord.key(sources.encounter())));
		composition.setDate(now);
		composition.setTitle("Transition of care summary for " + setting);
		composition.addAuthor(author != null ? author.copy() : serverAuthor());

		Map<String, Resource> included = new LinkedHashMap<>();
		included.put(patientKey, sources.patient());
		included.put(PatientRecord.key(sources.encounter()), sources.encounter());
		if (author != null) {
			Optional.ofNullable(sources.referenced().get(PatientRecord.key(author))).ifPresent(r -> included.put(PatientRecord.key(r), r));
		}

		Optional<CarePlan> icp = currentIcp(sources.carePlans(), zone);
		section(composition, SECTION_CARE_PLAN, "Plan of care note", "Individualized care plan",
				icp.map(List::of).orElse(List.of()), included,
				icp.map(p -> "Current ICP " + PatientRecord.key(p) + (p.hasTitle() ? ": " + p.getTitle() : "")
						+ (p.hasDescription() ? ". " + p.getDescription() : "") + ".")
						.orElse("No active individualized care plan on record."));

		List<CareTeam> icts = sources.careTeams().stream()
				.filter(t -> t.getStatus() == CareTeam.CareTeamStatus.ACTIVE && MocRules.isIct(t)).toList();
		Optional<Reference> contact = pointOfContact(icts, LocalDate.ofInstant(now.toInstant(), zone), zone);
		contact.map(r -> sources.referenced().get(PatientRecord.key(r))).ifPresent(r -> included.put(PatientRecord.key(r), r));
		section(composition, SECTION_CARE_TEAM, "Patient Care team information", "Interdisciplinary care team",
				icts, included, icts.isEmpty() ? "No active interdisciplinary care team on record."
						: "Point of contact for this transition: " + contact.map(TransitionDocument::describe)
								.orElse("none named on the care team") + ".");
		contact.ifPresent(r -> composition.getSection().get(1).addEntry(r.copy()));

		List<Goal> goals = sources.goals().stream().filter(g -> !ENDED_GOALS.contains(g.getLifecycleStatus())).toList();
		section(composition, SECTION_GOALS, "Goals", "Goals", goals, included,
				goals.isEmpty() ? "No current goals on record." : goals.stream()
						.map(g -> g.getDescription().hasText() ? g.getDescription().getText() : PatientRecord.key(g))
						.collect(Collectors.joining("; ")) + ".");

		Optional<RiskAssessment> hra = MocRules.latestHra(sources.riskAssessments());
		section(composition, SECTION_HEALTH_CONCERNS, "Health concerns Document", "Needs found by the HRA",
				hra.map(List::of).orElse(List.of()), included, hra.map(TransitionDocument::needs)
						.orElse("No scored health risk assessment on record."));

		List<Condition> problems = sources.conditions().stream().filter(TransitionDocument::activeProblem).toList();
		section(composition, SECTION_PROBLEMS, "Problem list - Reported", "Active problems", problems, included,
				problems.isEmpty() ? "No active problems on record." : problems.stream()
						.map(c -> text(c.getCode(), PatientRecord.key(c))).collect(Collectors.joining("; ")) + ".");

		List<Resource> medications = sources.medications().stream().filter(TransitionDocument::activeMedication).toList();
		section(composition, SECTION_MEDICATIONS, "History of Medication use Narrative", "Active medications",
				medications, included, medications.isEmpty() ? "No active medications on record." : medications.stream()
						.map(TransitionDocument::medicationText).collect(Collectors.joining("; ")) + ".");

		Bundle bundle = new Bundle();
		bundle.setId(id);
		bundle.getMeta().addProfile(BUNDLE_PROFILE);
		bundle.setType(Bundle.BundleType.DOCUMENT);
		bundle.setIdentifier(new Identifier().setSystem("urn:ietf:rfc:3986")
				.setValue("urn:uuid:" + UUID.nameUUIDFromBytes((id + "|" + now.getTime()).getBytes())));
		bundle.setTimestamp(now);
		bundle.addEntry().setFullUrl(base + "/Composition/" + id).setResource(composition);
		included.forEach((key, resource) -> bundle.addEntry().setFullUrl(base + "/" + key).setResource(resource));
		return bundle;
	}

	/** The ICP in force: active, the latest revision first. */
	static Optional<CarePlan> currentIcp(List<CarePlan> plans, ZoneId zone) {
		return plans.stream()
				.filter(MocRules::isIcp)
				.filter(p -> p.getStatus() == CarePlan.CarePlanStatus.ACTIVE)
				.max(Comparator.comparing(p -> Optional.ofNullable(MocRules.icpRevisionDate(p, zone)).orElse(LocalDate.MIN)));
	}

	/** The transition coordinator serving on the ICT today, else the care coordinator (the work items' owner rule). */
	static Optional<Reference> pointOfContact(List<CareTeam> icts, LocalDate on, ZoneId zone) {
		return IctParticipants.firstServing(icts, on, zone, IctRole.TRANSITION_COORDINATOR, IctRole.CARE_COORDINATOR)
				.map(Reference::new);
	}

	private static String needs(RiskAssessment hra) {
		List<String> needs = hra.getPrediction().stream().filter(p -> p.hasOutcome())
				.map(p -> text(p.getOutcome(), "need")).toList();
		return "HRA of " + hra.getOccurrenceDateTimeType().getValueAsString() + ", tier " + MocRules.hraTier(hra)
				+ (needs.isEmpty() ? "; no domain at or above its need threshold." : "; needs: " + String.join(", ", needs) + ".");
	}

	private static boolean activeProblem(Condition condition) {
		String clinical = Codes.codeIn(condition.getClinicalStatus(), CONDITION_CLINICAL);
		String verification = Codes.codeIn(condition.getVerificationStatus(), CONDITION_VERIFICATION);
		return clinical != null && Set.of("active", "recurrence", "relapse").contains(clinical)
				&& (verification == null || !Set.of("entered-in-error", "refuted").contains(verification));
	}

	private static boolean activeMedication(Resource medication) {
		return (medication instanceof MedicationRequest request
						&& request.getStatus() == MedicationRequest.MedicationRequestStatus.ACTIVE)
				|| (medication instanceof MedicationStatement statement
						&& statement.getStatus() == MedicationStatement.MedicationStatementStatus.ACTIVE);
	}

	private static String medicationText(Resource medication) {
		if (medication instanceof MedicationRequest request && request.hasMedicationCodeableConcept()) {
			return text(request.getMedicationCodeableConcept(), PatientRecord.key(request));
		}
		if (medication instanceof MedicationStatement statement && statement.hasMedicationCodeableConcept()) {
			return text(statement.getMedicationCodeableConcept(), PatientRecord.key(statement));
		}
		return PatientRecord.key(medication);
	}

	private static String text(CodeableConcept concept, String otherwise) {
		if (concept.hasText()) {
			return concept.getText();
		}
		return concept.getCoding().stream().filter(Coding::hasDisplay).map(Coding::getDisplay).findFirst()
				.orElseGet(() -> concept.getCoding().stream().filter(Coding::hasCode).map(Coding::getCode).findFirst()
						.orElse(otherwise));
	}

	private static String describe(Reference member) {
		return member.hasDisplay() ? member.getDisplay() + " (" + member.getReference() + ")" : member.getReference();
	}

	private static Reference serverAuthor() {
		return new Reference().setType("Device").setIdentifier(MocRules.auditObserver()).setDisplay("SNP MOC FHIR server");
	}

	private static void section(Composition composition, String loinc, String display, String title,
			List<? extends Resource> entries, Map<String, Resource> included, String text) {
		SectionComponent section = composition.addSection();
		section.setTitle(title);
		section.setCode(new CodeableConcept(new Coding(LOINC, loinc, display)));
		section.setText(Narrative.of(text));
		for (Resource entry : entries) {
			String key = PatientRecord.key(entry);
			section.addEntry(new Reference(key));
			included.put(key, entry);
		}
	}

	/** The section of the given LOINC code (for readers and tests). */
	static Optional<SectionComponent> section(Composition composition, String loinc) {
		return composition.getSection().stream().filter(s -> Codes.has(s.getCode(), LOINC, loinc)).findFirst();
	}

	static List<String> entries(SectionComponent section) {
		List<String> refs = new ArrayList<>();
		section.getEntry().forEach(r -> refs.add(r.getReference()));
		return refs;
	}
}
