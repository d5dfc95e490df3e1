package org.snpmoc.contract;

/** The fixed names of the MOC data contract: canonical base, code systems, extensions and profiles. */
public final class MocCodes {
	private MocCodes() {}

	public static final String BASE = "http://snp-moc.org/fhir";

	public static final String CS_FACTOR = BASE + "/CodeSystem/moc-factor";
	public static final String CS_ARTIFACT = BASE + "/CodeSystem/moc-artifact";
	public static final String CS_COMMUNICATION = BASE + "/CodeSystem/moc-communication";
	public static final String CS_HRA_DOMAIN = BASE + "/CodeSystem/hra-domain";
	public static final String CS_ICT_ROLE = BASE + "/CodeSystem/ict-role";
	public static final String CS_OUTREACH_OUTCOME = BASE + "/CodeSystem/outreach-outcome";
	public static final String CS_HRA_METHOD = BASE + "/CodeSystem/hra-method";
	public static final String CS_MOC_OUTCOME = BASE + "/CodeSystem/moc-outcome";
	public static final String CS_STRATIFIER = BASE + "/CodeSystem/moc-stratifier";

	public static final String EXT_ICP_REVISION_DATE = BASE + "/StructureDefinition/icp-revision-date";
	public static final String EXT_HRA_METHOD = BASE + "/StructureDefinition/hra-method";
	public static final String EXT_HRA_NEED_THRESHOLD = BASE + "/StructureDefinition/hra-need-threshold";
	public static final String EXT_STAFF_RESPONSIBILITY = BASE + "/StructureDefinition/staff-responsibility";
	public static final String EXT_MOC_OUTCOME = BASE + "/StructureDefinition/moc-outcome";
	public static final String EXT_MOC_REASON = BASE + "/StructureDefinition/moc-reason";
	public static final String EXT_MOC_EVIDENCE = BASE + "/StructureDefinition/moc-evidence";
	public static final String EXT_MOC_PLAN_THRESHOLD = BASE + "/StructureDefinition/moc-plan-threshold";
	public static final String EXT_NOTICE_DUE = BASE + "/StructureDefinition/notice-due";
	public static final String EXT_NOTICE_TIMELINESS = BASE + "/StructureDefinition/notice-timeliness";
	public static final String CS_NOTICE_TIMELINESS = BASE + "/CodeSystem/notice-timeliness";
	public static final String CS_PLAN_MEASURE = BASE + "/CodeSystem/moc-plan-measure";
	public static final String MEASURE_ADMISSION_NOTICES = BASE + "/Measure/moc-admission-notices";

	public static final String MEASURE_CARE_COORDINATION = BASE + "/Measure/moc-care-coordination";
	/** Identifier system of the stored plan summaries; the value is the summary's asOf date (one per period). */
	public static final String ID_PLAN_SUMMARY = BASE + "/identifier/plan-summary";
	public static final String HRA_QUESTIONNAIRE = BASE + "/Questionnaire/dsnp-hra";

	public static final String V3_ACT_CODE = "http://terminology.hl7.org/CodeSystem/v3-ActCode";
	public static final String GOAL_ACHIEVEMENT = "http://terminology.hl7.org/CodeSystem/goal-achievement";
	public static final String RISK_PROBABILITY = "http://terminology.hl7.org/CodeSystem/risk-probability";
	public static final String EXT_INTERPRETER_REQUIRED =
			"http://hl7.org/fhir/StructureDefinition/patient-interpreterRequired";
	public static final String EXT_ORDINAL_VALUE = "http://hl7.org/fhir/StructureDefinition/ordinalValue";

	/** moc-artifact codes. */
	public static final String WORK_ITEM = "work-item";
	public static final String INTERPRETER = "interpreter";
	public static final String HRA = "hra";
	public static final String ICP = "icp";
	public static final String ICT = "ict";
	public static final String SNP_ENROLLMENT = "snp-enrollment";
	public static final String HRA_OUTREACH = "hra-outreach";
	public static final String MOC_TRAINING = "moc-training";
	public static final String TRAINING_REMEDIATION = "training-remediation";
	public static final String TRANSITION_COORDINATION = "transition-coordination";
	public static final String SELF_MANAGEMENT = "self-management";
	public static final String CARE_PREFERENCE = "care-preference";

	/** moc-stratifier codes: how the plan's summary splits its beneficiaries. */
	public static final String STRATIFIER_CARE_COORDINATOR = "care-coordinator";
	public static final String STRATIFIER_RISK_TIER = "risk-tier";
	public static final String STRATIFIER_ENROLLMENT_COHORT = "enrollment-cohort";

	/** moc-communication codes. */
	public static final String HRA_DISSEMINATION = "hra-dissemination";
	public static final String ICP_UPDATE_NOTICE = "icp-update-notice";
	public static final String ICT_MEETING = "ict-meeting";
	public static final String ICP_TRANSFER = "icp-transfer";
	public static final String POINT_OF_CONTACT_NOTICE = "point-of-contact-notice";
	public static final String SELF_MANAGEMENT_EDUCATION = "self-management-education";
	public static final String PHI_ACCESS = "phi-access";
	public static final String STATE_ADMISSION_NOTICE = "state-admission-notice";

	/** outreach-outcome codes. */
	public static final String UNABLE_TO_CONTACT = "unable-to-contact";
	public static final String DECLINED = "declined";

	public static String profile(String id) {
		return BASE + "/StructureDefinition/" + id;
	}
}
