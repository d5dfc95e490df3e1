package org.snpmoc.bench;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

class LatencyTableTest {

	/** 1 ms, 2 ms, … n ms in a scrambled order. */
	private static List<Long> millis(int n, long offsetMicros) {
		List<Long> nanos = new ArrayList<>();
		for (int i = 1; i <= n; i++) {
			nanos.add(i * 1_000_000L + offsetMicros * 1_000);
		}
		Collections.shuffle(nanos, new Random(1));
		return nanos;
	}

	@Test
	void nearestRankPercentilesInMilliseconds() {
		assertThat(LatencyTable.percentileMs(millis(100, 0), 50)).isEqualTo(50.0);
		assertThat(LatencyTable.percentileMs(millis(100, 0), 95)).isEqualTo(95.0);
		assertThat(LatencyTable.percentileMs(millis(20, 0), 95)).isEqualTo(19.0);
		assertThat(LatencyTable.percentileMs(List.of(1_500_000L), 50)).isEqualTo(1.5);
		assertThat(LatencyTable.percentileMs(List.of(), 50)).isNaN();
	}

	@Test
	void differenceAgainstTheFirstVariantOfEachRequest() {
		LatencyTable table = new LatencyTable(2);
		table.add("GET Patient/{id}", "security off", millis(100, 0));
		table.add("GET Patient/{id}", "security on", millis(100, 1_500));
		table.add("GET Patient/{id}/$moc-evaluate", "security off", millis(100, 10_000));
		table.add("GET Patient/{id}/$moc-evaluate", "security on", millis(100, 11_800));

		List<LatencyTable.Row> rows = table.rows();
		assertThat(rows).hasSize(4);
		assertThat(table.p50OverBaselineMs(rows.get(0))).isZero();
		assertThat(table.p50OverBaselineMs(rows.get(1))).isCloseTo(1.5, within(1e-9));
		assertThat(table.p50OverBaselineMs(rows.get(3))).isCloseTo(1.8, within(1e-9));
		assertThat(table.targetMet()).isTrue();

		String md = table.markdown();
		assertThat(md).contains("| request | variant | n | p50 ms | p95 ms | p50 vs security off | median of paired differences |")
				.contains("| GET Patient/{id} | security off | 100 | 50.0 | 95.0 | (baseline) |  |")
				.contains("| GET Patient/{id} | security on | 100 | 51.5 | 96.5 | +1.5 ms | +1.5 ms |")
				.contains("| GET Patient/{id}/$moc-evaluate | security on | 100 | 61.8 | 106.8 | +1.8 ms | +1.8 ms |")
				.contains("Target p50 +2 ms or less (difference of the p50s): met");
	}

	@Test
	void pairedDifferencesFollowTheSampleOrder() {
		LatencyTable table = new LatencyTable(2);
		// a load spike hits the third sample of both variants: the p50s hide it, the pairs cancel it
		table.add("GET Patient/{id}", "security off", List.of(10_000_000L, 12_000_000L, 90_000_000L));
		table.add("GET Patient/{id}", "security on", List.of(11_000_000L, 13_500_000L, 91_000_000L));
		table.add("GET Patient/{id}", "short", List.of(1L));
		List<LatencyTable.Row> rows = table.rows();
		assertThat(table.pairedMedianOverBaselineMs(rows.get(1))).isCloseTo(1.0, within(1e-9));
		assertThat(table.pairedMedianOverBaselineMs(rows.get(2))).isNaN();
	}

	@Test
	void aVariantOverTheTargetFailsIt() {
		LatencyTable table = new LatencyTable(2);
		table.add("GET Patient/{id}", "security off", millis(50, 0));
		table.add("GET Patient/{id}", "security on", millis(50, 2_100));
		assertThat(table.targetMet()).isFalse();
		assertThat(table.markdown()).contains("+2.1 ms").contains("Target p50 +2 ms or less (difference of the p50s): NOT met");
	}
}
