package org.snpmoc.bench;

import ca.uhn.fhir.context.FhirContext;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.snpmoc.CommandArguments;
import org.snpmoc.smart.SmartClient;
import org.snpmoc.synthetic.BulkLoader;
import org.snpmoc.synthetic.PopulationGenerator;

/**
 * {@code bench [--db h2|postgres] [--sizes 1000,10000] [--samples 500] [--threads 4] [--plain-beneficiaries 1000]
 * [--plain-properties k=v,...] [--security-samples 300] [--hra-tool-url URL [--hra-tool-version V]] [--adt-pairs 0]}:
 * for each size,
 * on a fresh database,
 * generates and loads a population, then measures the evaluation operations, peak heap and agreement with the ground
 * truth; then loads the first
 * {@code plain-beneficiaries} of the same population into a second fresh server with our validation and workflow
 * switched off, so the cost of our layer over plain HAPI JPA is a ratio of the same records loaded in the same run.
 * Then, unless {@code --security-samples 0}, a third server with the same settings but access control on (and the
 * audit trail) loads the same first part, and {@link AccessCost} measures reads on it against the second.
 * Then, unless {@code --notice-samples 0} (default 100), a small server of its own with one State configured times
 * each admission's write until the State's endpoint has the notice ({@code --sizes none} runs only this).
 * With {@code --hra-tool-url}, the population answers a plan's own HRA tool (as {@code generate} does), so the
 * agreement is measured on a plan-specific tool instead of the contract's. With {@code --adt-pairs N}, the first
 * server also listens for MLLP and, after the evaluations, takes N admission/discharge pairs of ADT messages for the
 * loaded members ({@link AdtBench}).
 */
public final class BenchCommand {
	public static final Set<String> OPTIONS = Set.of("db", "sizes", "samples", "threads", "as-of", "seed", "plain-properties",
			"questionnaire", "plain-beneficiaries", "hra-tool-url", "hra-tool-version", "security-samples", "notice-samples", "adt-pairs");
	/** What switches our layer off (settings of the conformance, workflow and audit features; access control is off
	 * on every bench server but the one measuring its cost). */
	static final String PLAIN_DEFAULT = "moc.conformance.validate-on-write=false,moc.workflow.hra-scoring.enabled=false,"
			+ "moc.workflow.transition-tasks.enabled=false,moc.workflow.hra-due-tasks.enabled=false,"
			+ "moc.workflow.task-closing.enabled=false,moc.audit.enabled=false";

	private BenchCommand() {}

	public static void run(CommandArguments args) throws Exception {
		String db = args.get("db", "h2");
		String sizeList = args.get("sizes", "1000,10000");
		// "none": only the measurements that need no population (the admission notices).
		List<Integer> sizes = sizeList.equals("none") ? List.of()
				: Arrays.stream(sizeList.split(",")).map(Integer::parseInt).toList();
		int noticeSamples = args.integer("notice-samples", 100);
		int samples = args.integer("samples", 500);
		int threads = args.integer("threads", 4);
		int plainBeneficiaries = args.integer("plain-beneficiaries", 1000);
		int securitySamples = args.integer("security-samples", 300);
		int adtPairs = args.integer("adt-pairs", 0);
		LocalDate asOf = LocalDate.parse(args.get("as-of", "2026-06-30"));
		long seed = Long.parseLong(args.get("seed", "7"));
		Map<String, String> plain = properties(args.get("plain-properties", PLAIN_DEFAULT));
		Path questionnaire = Path.of(args.get("questionnaire", "profiles/Questionnaire-dsnp-hra.json"));
		FhirContext fhir = FhirContext.forR4();

		String hraTool = args.has("hra-tool-url") ? args.get("hra-tool-url", "") + "|" + args.get("hra-tool-version", "1")
				: "the guide's dsnp-hra";
		BenchReport report = new BenchReport(db, threads, asOf, hraTool);
		List<String> adtResults = new ArrayList<>();
		for (int size : sizes) {
			Path data = Files.createTempDirectory("moc-bench-data");
			long started = System.nanoTime();
			var generator = new PopulationGenerator(fhir, questionnaire);
			if (args.has("hra-tool-url")) {
				generator = generator.withPlanTool(args.get("hra-tool-url", ""), args.get("hra-tool-version", "1"));
			}
			var generated = generator.generate(size, seed, asOf, data);
			double generateSeconds = (System.nanoTime() - started) / 1e9;
			System.err.printf("%n== %d beneficiaries (%d resources) generated in %.1f s%n", size, generated.resources(), generateSeconds);

			BenchReport.Run run = new BenchReport.Run(size, generated.resources() + generated.staffResources(), generateSeconds);
			int mllpPort = adtPairs > 0 ? AdtBench.freePort() : 0;
			Map<String, String> intake = adtPairs > 0
					? Map.of("moc.hl7v2.mllp-port", String.valueOf(mllpPort), "moc.hl7v2.member-id-systems", AdtBench.MBI)
					: Map.of();
			AdtBench.Result adt = null;
			try (HeapWatch heap = new HeapWatch(); BenchServer server = new BenchServer(db, intake)) {
				// The first part alone is what the run without our layer loads too: the ratio compares like with like.
				int slice = Math.min(size, plainBeneficiaries);
				BulkLoader loader = new BulkLoader(fhir, server.baseUrl(), threads, System.err);
				run.sliceLoad = settled(server, loader.load(data, 0, slice));
				run.load = size > slice
						? run.sliceLoad.plus(settled(server, loader.load(data, slice, Integer.MAX_VALUE)))
						: run.sliceLoad;
				new Evaluations(fhir, server.baseUrl(), asOf, threads).measure(data, samples, run);
				run.peakHeapMb = heap.peakMegabytes();
				if (adtPairs > 0) {
					System.err.printf("== ADT intake: %d admission/discharge pairs over MLLP on %d connections%n", adtPairs, threads);
					adt = AdtBench.measure(server, mllpPort, data, size, adtPairs, threads, asOf);
					System.err.print(adt.markdown());
				}
			}
			System.err.println("== the same population with our layer off: " + plain);
			int slice = Math.min(size, plainBeneficiaries);
			try (BenchServer server = new BenchServer(db, plain)) {
				run.plainLoad = settled(server, new BulkLoader(fhir, server.baseUrl(), threads, System.err).load(data, 0, slice));
				if (securitySamples > 0) {
					run.accessCost = accessCost(db, plain, server, data, slice, securitySamples, seed, asOf, threads, fhir);
				}
			}
			report.add(run);
			if (adt != null) {
				adtResults.add("\n(" + size + " beneficiaries)" + adt.markdown());
			}
			deleteTree(data);
		}
		if (noticeSamples > 0) {
			System.err.printf("%n== admission notices: %d admissions, one at a time%n", noticeSamples);
			report.noticeLatency = NoticeLatency.measure(db, noticeSamples, fhir);
		}
		System.out.println(report.markdown());
		adtResults.forEach(System.out::print);
	}

	/**
	 * Starts a server with the open one's settings but access control and the audit trail on, loads the same first
	 * {@code slice} beneficiaries with a system token, and measures reads on both.
	 */
	private static AccessCost.Result accessCost(String db, Map<String, String> plain, BenchServer open, Path data, int slice,
			int samples, long seed, LocalDate asOf, int threads, FhirContext fhir) {
		String secret = java.util.UUID.randomUUID().toString();
		Map<String, String> properties = new LinkedHashMap<>(plain);
		properties.put("moc.security.enabled", "true");
		properties.put("moc.audit.enabled", "true");
		properties.put("moc.security.demo.enabled", "true");
		properties.put("moc.security.demo.system-secret", secret);
		System.err.println("== the same part with access control on: " + properties.keySet().stream()
				.filter(k -> !k.contains("secret")).map(k -> k + "=" + properties.get(k)).toList());
		try (BenchServer secure = new BenchServer(db, properties)) {
			SmartClient smart = new SmartClient(secure.rootUrl(), secret);
			BulkLoader.Report load = new BulkLoader(fhir, secure.baseUrl(), threads, System.err)
					.withBearerToken(smart.systemToken("system/*.cruds")).load(data, 0, slice);
			settled(secure, load);
			if (!load.failures().isEmpty()) {
				throw new IllegalStateException("the server with access control on refused " + load.failures().size()
						+ " bundles, e.g. " + load.failures().get(0));
			}
			System.err.printf("   %d resources loaded with a system token; audit trail written %.1f s after the last response%n",
					load.resources(), secure.awaitAuditTrail());
			System.err.printf("== access control: %d samples of each request and variant%n", samples);
			return new AccessCost(open.baseUrl(), secure.baseUrl(), smart, asOf)
					.measure(secure, BulkLoader.beneficiaryIds(data, 0, slice), samples, seed);
		}
	}

	/** A load ends when the server has written the last work item it caused, not at the last response. */
	private static BulkLoader.Report settled(BenchServer server, BulkLoader.Report load) {
		double waited = server.awaitWorkItems();
		System.err.printf("   work items all written %.1f s after the last response%n", waited);
		return load.plusSeconds(waited);
	}

	private static Map<String, String> properties(String list) {
		Map<String, String> properties = new LinkedHashMap<>();
		for (String pair : list.split(",")) {
			if (!pair.isBlank()) {
				String[] kv = pair.split("=", 2);
				properties.put(kv[0].trim(), kv[1].trim());
			}
		}
		return properties;
	}

	private static void deleteTree(Path dir) throws java.io.IOException {
		try (var files = Files.walk(dir)) {
			List<Path> all = new ArrayList<>(files.toList());
			all.sort(java.util.Comparator.reverseOrder());
			for (Path p : all) {
				Files.deleteIfExists(p);
			}
		}
	}
}
