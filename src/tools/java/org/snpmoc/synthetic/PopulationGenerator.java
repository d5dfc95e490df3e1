package org.snpmoc.synthetic;

import ca.uhn.fhir.context.FhirContext;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.IntStream;
import org.hl7.fhir.r4.model.Bundle;
import org.hl7.fhir.r4.model.Resource;

/**
 * Writes a synthetic population into a directory:
 * <ul>
 *   <li>{@code staff.ndjson}: transaction Bundles of the HRA tool, the organization chart, staff and care settings
 *       (load first);</li>
 *   <li>{@code beneficiaries.ndjson}: one line per beneficiary, a {@code collection} Bundle holding the transaction
 *       Bundles to send in order (the record with the ICP's first version, then each later ICP version);</li>
 *   <li>{@code expected.csv}: {@code patient,factor,outcome}, the outcome each factor is expected to have;</li>
 *   <li>{@code manifest.json}: how the population was made.</li>
 * </ul>
 * Every resource has a deterministic id and is sent with PUT, so loading twice changes nothing.
 */
public final class PopulationGenerator {
	public static final String STAFF_FILE = "staff.ndjson";
	public static final String BENEFICIARIES_FILE = "beneficiaries.ndjson";
	public static final String EXPECTED_FILE = "expected.csv";
	private static final int CHUNK = 256;
	private static final int STAFF_BUNDLE_SIZE = 200;

	/** What was written. */
	public record Summary(int beneficiaries, long resources, int staffResources, Map<String, Long> notMetPerFactor) {}

	private final FhirContext fhir;
	private final HraInstrument tool;

	public PopulationGenerator(FhirContext fhir, Path questionnaire) {
		this(fhir, HraInstrument.read(fhir, questionnaire));
	}

	private PopulationGenerator(FhirContext fhir, HraInstrument tool) {
		this.fhir = fhir;
		this.tool = tool;
	}

	/** The same generator on the plan's own HRA tool: the form re-published under its own canonical and version. */
	public PopulationGenerator withPlanTool(String url, String version) {
		return new PopulationGenerator(fhir, tool.asPlanTool(url, version));
	}

	/** A population with the default rates of a plan whose server scores HRAs (see {@link MissRates#forScoringServer}). */
	public Summary generate(int beneficiaries, long seed, LocalDate asOf, Path out) {
		return generate(beneficiaries, seed, asOf, MissRates.forScoringServer(), out);
	}

	Summary generate(int beneficiaries, long seed, LocalDate asOf, MissRates rates, Path out) {
		try {
			Files.createDirectories(out);
			SyntheticStaff staff = new SyntheticStaff(beneficiaries, asOf, new Draws(seed, -1));
			// The HRA tool goes first, with the staff, so the server knows it before the first HRA arrives.
			List<Resource> setup = new ArrayList<>(List.of(tool.questionnaire()));
			setup.addAll(staff.resources());
			writeStaff(setup, out.resolve(STAFF_FILE));
			BeneficiaryGenerator generator = new BeneficiaryGenerator(seed, asOf, rates, tool, staff);
			long resources = 0;
			Map<String, Long> notMet = new java.util.TreeMap<>();
			try (BufferedWriter records = Files.newBufferedWriter(out.resolve(BENEFICIARIES_FILE), StandardCharsets.UTF_8);
					BufferedWriter expected = Files.newBufferedWriter(out.resolve(EXPECTED_FILE), StandardCharsets.UTF_8)) {
				expected.write("patient,factor,outcome\n");
				for (int start = 1; start <= beneficiaries; start += CHUNK) {
					int end = Math.min(beneficiaries, start + CHUNK - 1);
					// Each beneficiary draws from its own stream, so generating them in parallel keeps the output identical.
					List<String[]> lines = IntStream.rangeClosed(start, end).parallel()
							.mapToObj(n -> line(generator.generate(n)))
							.toList();
					for (String[] line : lines) {
						records.write(line[0]);
						records.write('\n');
						expected.write(line[1]);
						resources += Long.parseLong(line[2]);
					}
				}
			}
			countNotMet(out.resolve(EXPECTED_FILE), notMet);
			Files.writeString(out.resolve("manifest.json"), String.format(
					"{\"seed\":%d,\"asOf\":\"%s\",\"beneficiaries\":%d,\"beneficiaryResources\":%d,\"staffResources\":%d}%n",
					seed, asOf, beneficiaries, resources, setup.size()));
			return new Summary(beneficiaries, resources, setup.size(), notMet);
		} catch (IOException e) {
			throw new UncheckedIOException(e);
		}
	}

	private String[] line(BeneficiaryGenerator.Generated g) {
		Bundle steps = new Bundle().setType(Bundle.BundleType.COLLECTION);
		steps.setId(g.patientId());
		steps.addEntry().setResource(transaction(g.first()));
		g.revisions().forEach(version -> steps.addEntry().setResource(transaction(List.of(version))));
		StringBuilder expected = new StringBuilder();
		g.expected().forEach((factor, outcome) -> expected.append(g.patientId()).append(',').append(factor).append(',')
				.append(outcome).append('\n'));
		return new String[] {fhir.newJsonParser().encodeResourceToString(steps), expected.toString(),
			String.valueOf(g.resourceCount())};
	}

	static Bundle transaction(List<? extends Resource> resources) {
		Bundle bundle = new Bundle().setType(Bundle.BundleType.TRANSACTION);
		for (Resource resource : resources) {
			String url = resource.fhirType() + "/" + resource.getIdElement().getIdPart();
			bundle.addEntry().setResource(resource).getRequest().setMethod(Bundle.HTTPVerb.PUT).setUrl(url);
		}
		return bundle;
	}

	private void writeStaff(List<Resource> staff, Path file) throws IOException {
		try (BufferedWriter writer = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
			for (int i = 0; i < staff.size(); i += STAFF_BUNDLE_SIZE) {
				List<Resource> part = new ArrayList<>(staff.subList(i, Math.min(staff.size(), i + STAFF_BUNDLE_SIZE)));
				writer.write(fhir.newJsonParser().encodeResourceToString(transaction(part)));
				writer.write('\n');
			}
		}
	}

	private static void countNotMet(Path expected, Map<String, Long> notMet) throws IOException {
		try (var lines = Files.lines(expected)) {
			lines.skip(1).map(l -> l.split(",")).filter(p -> p[2].equals("not-met"))
					.forEach(p -> notMet.merge(p[1], 1L, Long::sum));
		}
	}
}
