package org.snpmoc.conformance;

import static org.snpmoc.contract.MocCodes.CS_ARTIFACT;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.hl7.fhir.instance.model.api.IBaseResource;
import org.hl7.fhir.r4.model.CarePlan;
import org.hl7.fhir.r4.model.CareTeam;
import org.hl7.fhir.r4.model.CodeableConcept;
import org.hl7.fhir.r4.model.Communication;
import org.hl7.fhir.r4.model.Coverage;
import org.hl7.fhir.r4.model.Encounter;
import org.hl7.fhir.r4.model.Goal;
import org.hl7.fhir.r4.model.Observation;
import org.hl7.fhir.r4.model.Practitioner;
import org.hl7.fhir.r4.model.PractitionerRole;
import org.hl7.fhir.r4.model.Questionnaire;
import org.hl7.fhir.r4.model.QuestionnaireResponse;
import org.hl7.fhir.r4.model.Reference;
import org.hl7.fhir.r4.model.RiskAssessment;
import org.hl7.fhir.r4.model.Task;
import org.snpmoc.compliance.Codes;
import org.snpmoc.compliance.MocRules;
import org.snpmoc.contract.MocCodes;

/**
 * Which of our profiles a resource must conform to: those it declares under our canonical base, plus the one its
 * content identifies it as (the contract's "what identifies it" column). Anything else is checked against R4 alone,
 * so data from EHRs is never held to a profile it never claimed and that would not fit it.
 */
final class ProfileSelector {
	static final String PROFILE_BASE = MocCodes.BASE + "/StructureDefinition/";

	private final HraLookup hra;

	ProfileSelector(HraLookup hra) {
		this.hra = hra;
	}

	/** Canonical URLs of our profiles that apply, declared ones first. */
	Set<String> select(IBaseResource resource) {
		Set<String> profiles = new LinkedHashSet<>(declared(resource));
		String identified = identify(resource);
		if (identified != null) {
			profiles.add(MocCodes.profile(identified));
		}
		return profiles;
	}

	static List<String> declared(IBaseResource resource) {
		return resource.getMeta().getProfile().stream()
				.map(p -> p.getValueAsString())
				.filter(p -> p != null && p.startsWith(PROFILE_BASE))
				.map(MocRules::withoutVersion)
				.toList();
	}

	private String identify(IBaseResource resource) {
		if (resource instanceof Coverage c) {
			return MocRules.isEnrollment(c) ? "moc-snp-enrollment" : null;
		} else if (resource instanceof Questionnaire q) {
			return MocRules.isHraTool(q) ? "moc-hra-questionnaire" : null;
		} else if (resource instanceof QuestionnaireResponse r) {
			return r.hasQuestionnaire() && hra.isHraTool(r.getQuestionnaire()) ? "moc-hra-response" : null;
		} else if (resource instanceof Task t) {
			return taskProfile(Codes.codeIn(t.getCode(), CS_ARTIFACT));
		} else if (resource instanceof RiskAssessment r) {
			return r.getBasis().stream().anyMatch(this::isHraResponse) ? "moc-risk-assessment" : null;
		} else if (resource instanceof CarePlan p) {
			return MocRules.isIcp(p) ? "moc-icp" : null;
		} else if (resource instanceof Goal g) {
			return Codes.hasAny(g.getCategory(), CS_ARTIFACT, MocCodes.SELF_MANAGEMENT) ? "moc-self-management-goal" : null;
		} else if (resource instanceof Observation o) {
			return Codes.has(o.getCode(), CS_ARTIFACT, MocCodes.CARE_PREFERENCE) ? "moc-care-preference" : null;
		} else if (resource instanceof CareTeam t) {
			return MocRules.isIct(t) ? "moc-ict" : null;
		} else if (resource instanceof PractitionerRole r) {
			return anyCodingIn(r.getCode(), MocCodes.CS_ICT_ROLE) ? "moc-practitioner-role" : null;
		} else if (resource instanceof Practitioner p) {
			return p.getQualification().stream().anyMatch(q -> Codes.has(q.getCode(), CS_ARTIFACT, MocCodes.MOC_TRAINING))
					? "moc-practitioner" : null;
		} else if (resource instanceof Encounter e) {
			return MocRules.hasTransitionClass(e) ? "moc-transition-encounter" : null;
		} else if (resource instanceof Communication c) {
			return anyCodingIn(c.getCategory(), MocCodes.CS_COMMUNICATION) ? "moc-communication" : null;
		}
		return null;
	}

	private static String taskProfile(String artifactCode) {
		if (artifactCode == null) {
			return null;
		}
		return switch (artifactCode) {
			case MocCodes.HRA_OUTREACH -> "moc-hra-outreach-task";
			case MocCodes.TRAINING_REMEDIATION -> "moc-training-remediation-task";
			case MocCodes.TRANSITION_COORDINATION -> "moc-transition-coordination-task";
			case MocCodes.WORK_ITEM -> "moc-work-item-task";
			default -> null;
		};
	}

	/** A contained or in-memory response is judged directly; a literal reference is looked up. */
	private boolean isHraResponse(Reference basis) {
		if (basis.getResource() instanceof QuestionnaireResponse response) {
			return response.hasQuestionnaire() && hra.isHraTool(response.getQuestionnaire());
		}
		String reference = basis.getReference();
		return reference != null && !reference.startsWith("#") && hra.isHraResponse(reference);
	}

	private static boolean anyCodingIn(List<CodeableConcept> concepts, String system) {
		return concepts.stream().flatMap(c -> c.getCoding().stream()).anyMatch(c -> system.equals(c.getSystem()));
	}

}
