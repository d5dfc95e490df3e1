package org.snpmoc.compliance;

import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import java.time.ZoneId;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.validation.annotation.Validated;

/**
 * The MOC policy windows (days) and thresholds, bound from {@code moc.policy.*} in application.yaml.
 * Defaults are the contract's.
 */
@Validated
@ConfigurationProperties(prefix = "moc.policy")
public class MocPolicy {
	/** Initial HRA: within this many days before or after the enrollment date (2B.3). */
	@Min(0) private int initialHraDays = 90;
	/** Each next HRA within this many days of the previous one (2B.3). */
	@Min(1) private int hraReassessmentDays = 365;
	/** Reassessment after a transition's discharge (2B.3). */
	@Min(0) private int hraAfterDischargeDays = 30;
	/** Documented outreach attempts that satisfy an HRA window without an HRA (2B.3). */
	@Min(1) private int outreachAttempts = 3;
	/** ICP version after each HRA (2B.1). */
	@Min(0) private int icpAfterHraDays = 30;
	/** HRA disseminated to the ICT (2B.2). */
	@Min(0) private int hraToIctDays = 30;
	/** RiskAssessment after each HRA (2B.4). */
	@Min(0) private int stratificationDays = 30;
	/** First ICP at the latest this many days after enrollment (or icpAfterHraDays after the first HRA, if earlier). */
	@Min(0) private int icpAfterEnrollmentDays = 120;
	/** ICP revision within this many days of the previous one (2C.2). */
	@Min(1) private int icpReviewDays = 365;
	/** ICP revision after a transition's discharge (2C.2). */
	@Min(0) private int icpAfterDischargeDays = 30;
	/** New HRA or ICP revision after a goal is reported not met (2C.1). */
	@Min(0) private int goalFollowUpDays = 30;
	/** icp-update-notice after each ICP revision (2C.5). */
	@Min(0) private int icpUpdateNoticeDays = 14;
	/** ict-meeting at least this often (2D.3, 2D.4). */
	@Min(1) private int ictMeetingDays = 365;
	/** icp-transfer after admission and after discharge (2E.3). */
	@Min(0) private int icpTransferDays = 1;
	/** point-of-contact-notice after admission or discharge (2E.6). */
	@Min(0) private int pointOfContactDays = 1;
	/** transition-coordination Task after admission (2E.2). */
	@Min(0) private int transitionCoordinationDays = 1;
	/** Follow-up encounter or appointment after discharge (2E.1). */
	@Min(0) private int followUpDays = 7;
	/** self-management-education after discharge (2E.5). */
	@Min(0) private int educationDays = 30;
	/** phi-access after discharge (2E.4). */
	@Min(0) private int phiAccessDays = 7;
	/** MOC training after starting a role (2A.5). */
	@Min(0) private int trainingInitialDays = 90;
	/** MOC training again within this many days of the previous one (2A.5). */
	@Min(1) private int trainingRenewalDays = 365;
	/** A plan factor counts as met when its rate reaches this. */
	@DecimalMin("0.0") @DecimalMax("1.0") private double planThreshold = 0.90;
	/** Calendar dates are compared in this zone. */
	@NotNull private ZoneId timeZone = ZoneId.of("America/New_York");
	/** For each flagged hra-domain need, the ict-role codes of which the ICT must include one (2D.1). */
	@NotNull private Map<String, List<String>> needRoles = defaultNeedRoles();

	private static Map<String, List<String>> defaultNeedRoles() {
		Map<String, List<String>> roles = new LinkedHashMap<>();
		roles.put("mental-health", List.of("behavioral-health"));
		roles.put("psychosocial", List.of("social-worker"));
		roles.put("medical", List.of("pharmacist"));
		roles.put("functional", List.of("nurse"));
		roles.put("cognitive", List.of("caregiver", "behavioral-health"));
		return roles;
	}

	public int getInitialHraDays() { return initialHraDays; }
	public void setInitialHraDays(int v) { initialHraDays = v; }
	public int getHraReassessmentDays() { return hraReassessmentDays; }
	public void setHraReassessmentDays(int v) { hraReassessmentDays = v; }
	public int getHraAfterDischargeDays() { return hraAfterDischargeDays; }
	public void setHraAfterDischargeDays(int v) { hraAfterDischargeDays = v; }
	public int getOutreachAttempts() { return outreachAttempts; }
	public void setOutreachAttempts(int v) { outreachAttempts = v; }
	public int getIcpAfterHraDays() { return icpAfterHraDays; }
	public void setIcpAfterHraDays(int v) { icpAfterHraDays = v; }
	public int getHraToIctDays() { return hraToIctDays; }
	public void setHraToIctDays(int v) { hraToIctDays = v; }
	public int getStratificationDays() { return stratificationDays; }
	public void setStratificationDays(int v) { stratificationDays = v; }
	public int getIcpAfterEnrollmentDays() { return icpAfterEnrollmentDays; }
	public void setIcpAfterEnrollmentDays(int v) { icpAfterEnrollmentDays = v; }
	public int getIcpReviewDays() { return icpReviewDays; }
	public void setIcpReviewDays(int v) { icpReviewDays = v; }
	public int getIcpAfterDischargeDays() { return icpAfterDischargeDays; }
	public void setIcpAfterDischargeDays(int v) { icpAfterDischargeDays = v; }
	public int getGoalFollowUpDays() { return goalFollowUpDays; }
	public void setGoalFollowUpDays(int v) { goalFollowUpDays = v; }
	public int getIcpUpdateNoticeDays() { return icpUpdateNoticeDays; }
	public void setIcpUpdateNoticeDays(int v) { icpUpdateNoticeDays = v; }
	public int getIctMeetingDays() { return ictMeetingDays; }
	public void setIctMeetingDays(int v) { ictMeetingDays = v; }
	public int getIcpTransferDays() { return icpTransferDays; }
	public void setIcpTransferDays(int v) { icpTransferDays = v; }
	public int getPointOfContactDays() { return pointOfContactDays; }
	public void setPointOfContactDays(int v) { pointOfContactDays = v; }
	public int getTransitionCoordinationDays() { return transitionCoordinationDays; }
	public void setTransitionCoordinationDays(int v) { transitionCoordinationDays = v; }
	public int getFollowUpDays() { return followUpDays; }
	public void setFollowUpDays(int v) { followUpDays = v; }
	public int getEducationDays() { return educationDays; }
	public void setEducationDays(int v) { educationDays = v; }
	public int getPhiAccessDays() { return phiAccessDays; }
	public void setPhiAccessDays(int v) { phiAccessDays = v; }
	public int getTrainingInitialDays() { return trainingInitialDays; }
	public void setTrainingInitialDays(int v) { trainingInitialDays = v; }
	public int getTrainingRenewalDays() { return trainingRenewalDays; }
	public void setTrainingRenewalDays(int v) { trainingRenewalDays = v; }
	public double getPlanThreshold() { return planThreshold; }
	public void setPlanThreshold(double v) { planThreshold = v; }
	public ZoneId getTimeZone() { return timeZone; }
	public void setTimeZone(ZoneId v) { timeZone = v; }
	public Map<String, List<String>> getNeedRoles() { return needRoles; }
	public void setNeedRoles(Map<String, List<String>> v) { needRoles = v; }
}
