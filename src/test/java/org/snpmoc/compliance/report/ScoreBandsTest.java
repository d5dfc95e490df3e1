package org.snpmoc.compliance.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.snpmoc.compliance.Outcome.*;

import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;

class ScoreBandsTest {

	@ParameterizedTest(name = "{0} with {1} factors met scores {2}%")
	@CsvSource({
		"2A,7,100", "2A,6,100", "2A,5,80", "2A,4,80", "2A,3,50", "2A,2,20", "2A,1,20", "2A,0,0",
		"2B,4,100", "2B,3,80", "2B,2,50", "2B,1,20", "2B,0,0",
		"2C,5,100", "2C,4,80", "2C,3,50", "2C,2,50", "2C,1,20", "2C,0,0",
		"2D,4,100", "2D,3,80", "2D,2,50", "2D,1,20", "2D,0,0",
		"2E,6,100", "2E,5,80", "2E,4,80", "2E,3,50", "2E,2,20", "2E,1,20", "2E,0,0"
	})
	void bandFollowsTheNcqaTable(String element, int met, int percent) {
		assertThat(ScoreBands.percent(element, met)).isEqualTo(percent);
	}

	@Test
	void pendingAndNotApplicableCountAsMet() {
		assertThat(ScoreBands.score("2B", List.of(MET, PENDING, NOT_APPLICABLE, NOT_MET))).hasValue(80);
		assertThat(ScoreBands.score("2B", List.of(MET_BY_OUTREACH, NOT_MET, NOT_MET, NOT_MET))).hasValue(20);
	}

	@Test
	void elementWithEveryFactorNotApplicableHasNoScore() {
		assertThat(ScoreBands.score("2E", List.of(NOT_APPLICABLE, NOT_APPLICABLE, NOT_APPLICABLE,
				NOT_APPLICABLE, NOT_APPLICABLE, NOT_APPLICABLE))).isEmpty();
		assertThat(ScoreBands.score("2E", List.of(NOT_APPLICABLE, NOT_APPLICABLE, NOT_APPLICABLE,
				NOT_APPLICABLE, NOT_APPLICABLE, PENDING))).hasValue(100);
	}

	@Test
	void unknownElementIsRefused() {
		assertThatThrownBy(() -> ScoreBands.percent("2F", 1)).isInstanceOf(IllegalArgumentException.class);
	}
}
