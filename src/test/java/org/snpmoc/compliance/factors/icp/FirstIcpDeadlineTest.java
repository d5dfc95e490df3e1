package org.snpmoc.compliance.factors.icp;

import static org.assertj.core.api.Assertions.assertThat;
import static org.snpmoc.compliance.factors.icp.HraIcpFixtures.asOf;
import static org.snpmoc.compliance.factors.icp.HraIcpFixtures.day;

import org.junit.jupiter.api.Test;
import org.snpmoc.compliance.CareRecord;

class FirstIcpDeadlineTest {
	private final HraIcpFixtures given = new HraIcpFixtures();
	private final FirstIcpDeadline firstIcp = new FirstIcpDeadline(90, 30, 120);

	private CareRecord careOn(String asOf) {
		return new CareRecord(given.record(), asOf(asOf));
	}

	@Test
	void withoutHraTheFirstIcpIsDue120DaysAfterEnrollment() {
		given.enrolled("2026-01-01");
		assertThat(firstIcp.due(careOn("2026-06-30"))).contains(day("2026-05-01"));
	}

	@Test
	void anEarlyHraBringsTheDeadlineForward() {
		given.enrolled("2026-01-01");
		given.hra("h1", "2026-01-10");
		assertThat(firstIcp.due(careOn("2026-06-30"))).contains(day("2026-02-09"));
	}

	@Test
	void aLateHraDoesNotPushTheDeadlineBack() {
		given.enrolled("2026-01-01");
		given.hra("h1", "2026-04-15");
		assertThat(firstIcp.due(careOn("2026-06-30"))).contains(day("2026-05-01"));
	}

	@Test
	void anHraOfAnEarlierEnrollmentDoesNotCount() {
		given.enrolled("2026-01-01");
		given.hra("old", "2024-03-01");
		assertThat(firstIcp.due(careOn("2026-06-30"))).contains(day("2026-05-01"));
	}

	@Test
	void withoutEnrollmentThereIsNoDeadline() {
		given.hra("h1", "2026-01-10");
		assertThat(firstIcp.due(careOn("2026-06-30"))).isEmpty();
	}
}
