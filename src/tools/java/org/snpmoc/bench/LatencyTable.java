package org.snpmoc.bench;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Latencies of the same requests under several variants (the first variant of a request is the baseline): p50 and
 * p95 of each, and how far each p50 lies above the baseline's, against a target.
 */
final class LatencyTable {
	/** One request under one variant: its latencies in nanoseconds. */
	record Row(String request, String variant, List<Long> nanos) {
		double p50Ms() {
			return percentileMs(nanos, 50);
		}

		double p95Ms() {
			return percentileMs(nanos, 95);
		}
	}

	private final double targetMs;
	private final Map<String, List<Row>> byRequest = new LinkedHashMap<>();

	LatencyTable(double targetMs) {
		this.targetMs = targetMs;
	}

	/** Records a variant of a request; the first variant added for a request is its baseline. */
	void add(String request, String variant, List<Long> nanos) {
		byRequest.computeIfAbsent(request, k -> new ArrayList<>()).add(new Row(request, variant, List.copyOf(nanos)));
	}

	List<Row> rows() {
		return byRequest.values().stream().flatMap(List::stream).toList();
	}

	/** p50 of the row minus p50 of its request's baseline, in ms. */
	double p50OverBaselineMs(Row row) {
		return row.p50Ms() - byRequest.get(row.request()).get(0).p50Ms();
	}

	/**
	 * The median of the differences sample by sample (the i-th latency of the row minus the i-th of its baseline:
	 * the same patient, sent back to back), in ms; less disturbed by load that varies during the run than the
	 * difference of the p50s. NaN when the row and its baseline differ in length.
	 */
	double pairedMedianOverBaselineMs(Row row) {
		List<Long> baseline = byRequest.get(row.request()).get(0).nanos();
		if (baseline.size() != row.nanos().size()) {
			return Double.NaN;
		}
		List<Long> differences = new ArrayList<>();
		for (int i = 0; i < baseline.size(); i++) {
			differences.add(row.nanos().get(i) - baseline.get(i));
		}
		return percentileMs(differences, 50);
	}

	/** Whether no variant's p50 lies more than the target above its baseline. */
	boolean targetMet() {
		return byRequest.values().stream().allMatch(rows -> rows.stream().allMatch(r -> p50OverBaselineMs(r) <= targetMs));
	}

	double targetMs() {
		return targetMs;
	}

	/** Nearest-rank percentile ({@code p} in 0–100) of nanosecond values, in milliseconds; NaN when empty. */
	static double percentileMs(List<Long> nanos, double p) {
		if (nanos.isEmpty()) {
			return Double.NaN;
		}
		List<Long> sorted = nanos.stream().sorted().toList();
		int index = (int) Math.ceil(p / 100.0 * sorted.size()) - 1;
		return sorted.get(Math.max(0, Math.min(sorted.size() - 1, index))) / 1e6;
	}

	String markdown() {
		StringBuilder md = new StringBuilder();
		String baseline = byRequest.isEmpty() ? "baseline" : byRequest.values().iterator().next().get(0).variant();
		md.append("| request | variant | n | p50 ms | p95 ms | p50 vs " + baseline + " | median of paired differences |\n");
		md.append("|---|---|---|---|---|---|---|\n");
		for (List<Row> rows : byRequest.values()) {
			for (int i = 0; i < rows.size(); i++) {
				Row r = rows.get(i);
				md.append(String.format("| %s | %s | %d | %.1f | %.1f | %s | %s |%n", r.request(), r.variant(), r.nanos().size(),
						r.p50Ms(), r.p95Ms(), i == 0 ? "(baseline)" : String.format("%+.1f ms", p50OverBaselineMs(r)),
						i == 0 ? "" : String.format("%+.1f ms", pairedMedianOverBaselineMs(r))));
			}
		}
		md.append(String.format("%nTarget p50 +%.0f ms or less (difference of the p50s): %s%n", targetMs, targetMet() ? "met" : "NOT met"));
		return md.toString();
	}
}
