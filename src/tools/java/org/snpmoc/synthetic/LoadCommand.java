package org.snpmoc.synthetic;

import ca.uhn.fhir.context.FhirContext;
import java.nio.file.Path;
import java.util.Set;
import org.snpmoc.CommandArguments;

/** {@code load --in DIR --url BASE [--threads N] [--token BEARER]}: sends a generated population to a running
 * server; with access control on, {@code --token} is a token whose scopes allow the writes (e.g. {@code system/*.cu}). */
public final class LoadCommand {
	public static final Set<String> OPTIONS = Set.of("in", "url", "threads", "token");

	private LoadCommand() {}

	/** @return the process exit code: 0 when every bundle was accepted */
	public static int run(CommandArguments args) {
		Path in = Path.of(args.required("in"));
		String url = args.get("url", "http://localhost:8080/fhir");
		int threads = args.integer("threads", 4);
		BulkLoader loader = new BulkLoader(FhirContext.forR4(), url, threads, System.err);
		if (args.has("token")) {
			loader.withBearerToken(args.get("token", ""));
		}
		BulkLoader.Report report = loader.load(in);
		System.out.printf("loaded %d resources of %d beneficiaries in %.1f s: %.0f resources/s, %d failed bundles%n",
				report.resources(), report.beneficiaries(), report.seconds(), report.resourcesPerSecond(), report.failures().size());
		report.failures().stream().limit(50).forEach(f -> System.out.println("  " + f.what() + ": " + f.message()));
		if (report.failures().size() > 50) {
			System.out.println("  ... and " + (report.failures().size() - 50) + " more");
		}
		return report.failures().isEmpty() ? 0 : 1;
	}
}
