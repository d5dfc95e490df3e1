package org.snpmoc.synthetic;

import ca.uhn.fhir.context.FhirContext;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Set;
import org.snpmoc.CommandArguments;

/**
 * {@code generate --beneficiaries N --seed S --as-of YYYY-MM-DD --out DIR [--questionnaire FILE] [--hra-tool-url URL [--hra-tool-version V]] [--miss 2B.3=0.2]
 * [--server-scores-hras true|false]}:
 * writes a synthetic population and its expected outcomes.
 */
public final class GenerateCommand {
	public static final Set<String> OPTIONS = Set.of("beneficiaries", "seed", "as-of", "out", "questionnaire", "hra-tool-url", "hra-tool-version", "miss",
			"server-scores-hras");

	private GenerateCommand() {}

	public static void run(CommandArguments args) {
		int beneficiaries = args.integer("beneficiaries", 1000);
		long seed = Long.parseLong(args.get("seed", "7"));
		LocalDate asOf = LocalDate.parse(args.get("as-of", LocalDate.now().toString()));
		Path out = Path.of(args.required("out"));
		// A server scoring HRAs itself (the default) leaves no 2B.4 to miss; --server-scores-hras false draws misses.
		MissRates rates = Boolean.parseBoolean(args.get("server-scores-hras", "true")) ? MissRates.forScoringServer()
				: MissRates.defaults();
		if (args.has("miss")) {
			for (String pair : args.get("miss", "").split(",")) {
				String[] kv = pair.split("=");
				rates = rates.with(kv[0], Double.parseDouble(kv[1]));
			}
		}
		long started = System.nanoTime();
		var generator = new PopulationGenerator(FhirContext.forR4(), Path.of(args.get("questionnaire", HraInstrument.DEFAULT_FILE.toString())));
		if (args.has("hra-tool-url")) {
			generator = generator.withPlanTool(args.get("hra-tool-url", ""), args.get("hra-tool-version", "1"));
		}
		var summary = generator.generate(beneficiaries, seed, asOf, rates, out);
		double seconds = (System.nanoTime() - started) / 1e9;
		System.out.printf("generated %d beneficiaries (%d resources, %.1f per beneficiary) and %d staff resources in %.1f s into %s%n",
				summary.beneficiaries(), summary.resources(), (double) summary.resources() / summary.beneficiaries(),
				summary.staffResources(), seconds, out.toAbsolutePath());
		System.out.println("expected not-met per factor: " + summary.notMetPerFactor());
	}
}
