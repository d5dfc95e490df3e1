package org.snpmoc.bench;

import java.lang.management.ManagementFactory;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.snpmoc.synthetic.Agreement;
import org.snpmoc.synthetic.BulkLoader;

/** The figures of a benchmark run, printed as Markdown for BENCHMARKS.md. */
final class BenchReport {

	/** One population size. Fields are filled as the run goes; what could not be measured stays empty. */
	static final class Run {
		final int beneficiaries;
		final long resources;
		final double generateSeconds;
		BulkLoader.Report load;
		/** The first beneficiaries of {@link #load}, the part also loaded without our layer. */
		BulkLoader.Report sliceLoad;
		BulkLoader.Report plainLoad;
		List<Long> latenciesMs = List.of();
		String unavailable;
		int factorsCompared;
		List<Agreement.Disagreement> disagreements = List.of();
		double planSeconds = Double.NaN;
		/** The plan evaluation job: kick-off to the stored summary. */
		double planJobSeconds = Double.NaN;
		double gapsSeconds = Double.NaN;
		/** What the console's pages wait for; null when not measured. */
		ConsoleTimes.Result console;
		long peakHeapMb;
		/** Reads with and without access control, on the first part; null when not measured. */
		AccessCost.Result accessCost;

		Run(int beneficiaries, long resources, double generateSeconds) {
			this.beneficiaries = beneficiaries;
			this.resources = resources;
			this.generateSeconds = generateSeconds;
		}
	}

	private final String db;
	private final int threads;
	private final LocalDate asOf;
	private final String hraTool;
	private final List<Run> runs = new ArrayList<>();

	BenchReport(String db, int threads, LocalDate asOf, String hraTool) {
		this.db = db;
		this.threads = threads;
		this.asOf = asOf;
		this.hraTool = hraTool;
	}

	void add(Run run) {
		runs.add(run);
	}

	/** The admission-notice measurement, or null when skipped. */
	NoticeLatency.Result noticeLatency;

	String markdown() {
		StringBuilder md = new StringBuilder();
		Runtime rt = Runtime.getRuntime();
		md.append(String.format("Database: %s; loader threads: %d; asOf %s; HRA tool %s; %d processors; max heap %d MB; Java %s (%s)%n%n",
				db, threads, asOf, hraTool, rt.availableProcessors(), rt.maxMemory() / (1024 * 1024), System.getProperty("java.version"),
				ManagementFactory.getRuntimeMXBean().getVmName()));
		if (!runs.isEmpty()) {
			md.append("| beneficiaries | resources | generate s | ingest res/s | first part: beneficiaries, res/s with our layer / validation+workflow+audit off | our layer's cost |"
					+ " load failures | $moc-evaluate p50 / p95 / p99 ms (n) | plan $moc-evaluate s | plan job s (kick-off to stored) | $moc-gaps s | peak heap MB | agreement |\n");
			md.append("|---|---|---|---|---|---|---|---|---|---|---|---|---|\n");
			for (Run r : runs) {
				md.append(String.format("| %d | %d | %.1f | %.0f | %s | %s | %d | %s | %s | %s | %s | %d | %s |%n",
						r.beneficiaries, r.resources, r.generateSeconds, r.load.resourcesPerSecond(),
						r.plainLoad == null ? "n/a" : String.format("%d, %.0f / %.0f", r.plainLoad.beneficiaries(),
								r.sliceLoad.resourcesPerSecond(), r.plainLoad.resourcesPerSecond()),
						r.plainLoad == null ? "n/a" : String.format("%.2fx slower", r.plainLoad.resourcesPerSecond() / r.sliceLoad.resourcesPerSecond()),
						r.load.failures().size(), latencies(r), seconds(r.planSeconds), seconds(r.planJobSeconds), seconds(r.gapsSeconds), r.peakHeapMb, agreement(r)));
			}
		}
		for (Run r : runs) {
			if (r.unavailable != null) {
				md.append("\n").append(r.beneficiaries).append(": evaluation not measured: ").append(r.unavailable).append('\n');
			}
			r.load.failures().stream().limit(10).forEach(f -> md.append("- load failure ").append(f.what()).append(": ")
					.append(f.message()).append('\n'));
			if (!r.disagreements.isEmpty()) {
				Map<String, List<String>> byFactor = new TreeMap<>();
				r.disagreements.forEach(d -> byFactor.computeIfAbsent(d.factor(), k -> new ArrayList<>()).add(d.toString()));
				md.append("\nDisagreements at ").append(r.beneficiaries).append(" beneficiaries:\n");
				byFactor.forEach((factor, list) -> md.append("- ").append(factor).append(" (").append(list.size()).append("): ")
						.append(String.join("; ", list.subList(0, Math.min(5, list.size())))).append('\n'));
			}
		}
		if (runs.stream().anyMatch(r -> r.console != null)) {
			md.append("\n### Console pages (median of 5, one request at a time)\n\n");
			md.append("| beneficiaries | overview: page, metadata, stored evaluations, factor names ms | work list page of 50 ms |"
					+ " overdue, by owner, from item 500 ms |\n|---|---|---|---|\n");
			runs.stream().filter(r -> r.console != null).forEach(r -> md.append(String.format("| %d | %d | %d | %d |%n",
					r.beneficiaries, r.console.overviewMs(), r.console.workPageMs(), r.console.filteredPageMs())));
		}
		for (Run r : runs) {
			if (r.accessCost != null) {
				md.append("\n### Cost of access control (").append(r.beneficiaries).append(" beneficiaries, first ")
						.append(r.plainLoad.beneficiaries()).append(" loaded in both servers)\n\n");
				md.append("Same records and settings (validation and workflow off) on two servers: access control off (and no"
						+ " audit trail) versus on (token validation, scope enforcement, audit trail). One client, one request"
						+ " at a time, variants interleaved, patients drawn at random.\n\n");
				md.append(r.accessCost.table().markdown());
				r.accessCost.notes().forEach(n -> md.append("\n").append(n).append('\n'));
			}
		}
		if (noticeLatency != null) {
			md.append("\n### Admission notices\n\nFrom the start of the POST of a high-risk member's admission to the State's"
					+ " endpoint (local, answering 200 at once) receiving the notice; one admission at a time.\n\n");
			md.append("| measure | n | p50 ms | p95 ms | not delivered in 60 s |\n|---|---|---|---|---|\n");
			md.append(noticeLatency.markdown());
		}
		return md.toString();
	}

	private static String latencies(Run r) {
		if (r.latenciesMs.isEmpty()) {
			return "not measured";
		}
		List<Long> sorted = r.latenciesMs.stream().sorted().toList();
		return percentile(sorted, 50) + " / " + percentile(sorted, 95) + " / " + percentile(sorted, 99) + " (" + sorted.size() + ")";
	}

	private static long percentile(List<Long> sorted, int p) {
		int index = (int) Math.ceil(p / 100.0 * sorted.size()) - 1;
		return sorted.get(Math.max(0, Math.min(sorted.size() - 1, index)));
	}

	private static String seconds(double s) {
		return Double.isNaN(s) ? "not measured" : String.format("%.1f", s);
	}

	private static String agreement(Run r) {
		if (r.factorsCompared == 0) {
			return "not measured";
		}
		int agreed = r.factorsCompared - r.disagreements.size();
		return String.format("%.2f%% (%d/%d)", 100.0 * agreed / r.factorsCompared, agreed, r.factorsCompared);
	}
}
