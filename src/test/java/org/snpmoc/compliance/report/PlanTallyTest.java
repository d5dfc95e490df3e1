package org.snpmoc.compliance.report;

import static org.assertj.core.api.Assertions.assertThat;

import ca.uhn.fhir.util.JsonUtil;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.snpmoc.compliance.FactorResult;
import org.snpmoc.compliance.Outcome;
import org.snpmoc.compliance.report.PlanStrata.Stratum;

class PlanTallyTest {

	private static void add(PlanTally tally, Outcome outcome, String coordinator, String tier) {
		tally.add(List.of(FactorResult.of("2B.3", outcome, "", List.of())), List.of(
				new Stratum(coordinator, coordinator + " name"), new Stratum(tier, tier), new Stratum("2026-Q1", "Q1")));
	}

	@Test
	void strataAddUpToThePlanCounts() {
		PlanTally tally = new PlanTally();
		add(tally, Outcome.MET, "Practitioner/a", "low");
		add(tally, Outcome.NOT_MET, "Practitioner/b", "high");
		add(tally, Outcome.MET_BY_OUTREACH, "none", "high");
		add(tally, Outcome.PENDING, "Practitioner/a", "unscored");

		for (String stratifier : PlanStrata.STRATIFIERS) {
			var strata = tally.strata(stratifier).values();
			assertThat(strata.stream().mapToInt(PlanTally.StratumTally::beneficiaries).sum()).isEqualTo(4);
			assertThat(strata.stream().mapToInt(s -> s.judged("2B.3")).sum()).isEqualTo(tally.judged("2B.3")).isEqualTo(3);
			assertThat(strata.stream().mapToInt(s -> s.met("2B.3")).sum()).isEqualTo(tally.met("2B.3")).isEqualTo(2);
		}
		assertThat(tally.strata("care-coordinator")).containsOnlyKeys("Practitioner/a", "Practitioner/b", "none");
		assertThat(tally.strata("care-coordinator").get("Practitioner/a").beneficiaries()).isEqualTo(2);
		assertThat(tally.strata("care-coordinator").get("Practitioner/a").label()).isEqualTo("Practitioner/a name");
		assertThat(tally.strata("risk-tier").get("high").judged("2B.3")).isEqualTo(2);
	}

	@Test
	void tallyOfPartsMergesIntoTheTallyOfTheWholeAndSurvivesJson() {
		PlanTally whole = new PlanTally();
		PlanTally first = new PlanTally();
		PlanTally second = new PlanTally();
		for (int i = 0; i < 7; i++) {
			Outcome outcome = Outcome.values()[i % Outcome.values().length];
			String coordinator = "Practitioner/" + (i % 3);
			String tier = i % 2 == 0 ? "low" : "high";
			add(whole, outcome, coordinator, tier);
			add(i < 4 ? first : second, outcome, coordinator, tier);
		}
		PlanTally merged = new PlanTally();
		merged.merge(JsonUtil.deserialize(JsonUtil.serialize(first), PlanTally.class));
		merged.merge(JsonUtil.deserialize(JsonUtil.serialize(second), PlanTally.class));

		assertThat(JsonUtil.serialize(merged, false)).isEqualTo(JsonUtil.serialize(whole, false));
		assertThat(merged.beneficiaries()).isEqualTo(7);
		for (Outcome outcome : Outcome.values()) {
			assertThat(merged.count("2B.3", outcome)).isEqualTo(whole.count("2B.3", outcome));
		}
	}
}
