package org.snpmoc.compliance.factors.icp;

import static org.assertj.core.api.Assertions.assertThat;
import static org.snpmoc.compliance.factors.icp.HraIcpFixtures.asOf;
import static org.snpmoc.compliance.factors.icp.HraIcpFixtures.day;

import org.hl7.fhir.r4.model.CarePlan;
import org.hl7.fhir.r4.model.CarePlan.CarePlanStatus;
import org.hl7.fhir.r4.model.DateTimeType;
import org.junit.jupiter.api.Test;
import org.snpmoc.compliance.CareRecord;

class IcpTimelineTest {
	private final HraIcpFixtures given = new HraIcpFixtures();

	private IcpTimeline timelineOn(String asOf) {
		return new IcpTimeline(new CareRecord(given.record(), asOf(asOf)));
	}

	@Test
	void currentIcpIsTheLatestVersionOfTheActiveIcpRevisedLast() {
		given.icp("a", 1, "2025-01-10");
		given.icp("a", 2, "2025-08-01");
		given.icp("b", 1, "2025-05-01");

		IcpTimeline icps = timelineOn("2026-06-30");

		assertThat(icps.current()).get().extracting(IcpTimeline.Version::versionKey).isEqualTo("CarePlan/a/_history/2");
		assertThat(icps.active()).extracting(IcpTimeline.Version::versionKey)
				.containsExactly("CarePlan/b/_history/1", "CarePlan/a/_history/2");
	}

	@Test
	void sameDayVersionsAreOrderedByVersionNumber() {
		given.icp("a", 2, "2025-01-10", CarePlanStatus.COMPLETED);
		given.icp("a", 1, "2025-01-10");

		assertThat(timelineOn("2026-06-30").current()).isEmpty();
	}

	@Test
	void versionsRevisedAfterAsOfAreUnknown() {
		given.icp("a", 1, "2025-01-10");
		given.icp("a", 2, "2026-07-01", CarePlanStatus.REVOKED);

		IcpTimeline icps = timelineOn("2026-06-30");

		assertThat(icps.current()).get().extracting(IcpTimeline.Version::versionKey).isEqualTo("CarePlan/a/_history/1");
		assertThat(icps.versions()).hasSize(1);
	}

	@Test
	void anIcpEnteredInErrorNeverExisted() {
		given.icp("a", 1, "2025-01-10");
		given.icp("a", 2, "2025-01-11", CarePlanStatus.ENTEREDINERROR);

		IcpTimeline icps = timelineOn("2026-06-30");

		assertThat(icps.isEmpty()).isTrue();
		assertThat(icps.revisions()).isEmpty();
	}

	@Test
	void versionsOnTheSameDayAreOneRevision() {
		given.icp("a", 1, "2025-01-10");
		given.icp("a", 2, "2025-01-10");
		given.icp("a", 3, "2025-06-01");
		given.icp("b", 1, "2025-06-01");

		IcpTimeline icps = timelineOn("2026-06-30");

		assertThat(icps.revisions()).containsExactlyInAnyOrder(
				new IcpTimeline.Revision("CarePlan/a", day("2025-01-10"), "CarePlan/a/_history/1"),
				new IcpTimeline.Revision("CarePlan/a", day("2025-06-01"), "CarePlan/a/_history/3"),
				new IcpTimeline.Revision("CarePlan/b", day("2025-06-01"), "CarePlan/b/_history/1"));
		assertThat(icps.revisionDates().keySet()).containsExactly(day("2025-01-10"), day("2025-06-01"));
		assertThat(icps.revisionDates().get(day("2025-06-01")))
				.containsExactlyInAnyOrder("CarePlan/a/_history/3", "CarePlan/b/_history/1");
	}

	@Test
	void firstVersionWithoutRevisionDateIsDatedByCreated() {
		CarePlan first = given.icp("a", 1, "2025-01-10");
		first.getExtension().clear();
		first.setCreatedElement(new DateTimeType("2025-02-01"));

		assertThat(timelineOn("2026-06-30").revisionDates().firstKey()).isEqualTo(day("2025-02-01"));
	}
}
