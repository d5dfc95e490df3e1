package org.snpmoc.synthetic;

import static org.snpmoc.contract.MocCodes.EXT_MOC_OUTCOME;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.hl7.fhir.r4.model.MeasureReport;

/** Compares a beneficiary's {@code $moc-evaluate} report with the outcomes the generator expected. */
public final class Agreement {

	public record Disagreement(String patient, String factor, String expected, String actual) {
		@Override
		public String toString() {
			return patient + " " + factor + ": expected " + expected + ", evaluated " + actual;
		}
	}

	private Agreement() {}

	/** patient id → (factor → expected outcome), from {@code expected.csv}. */
	public static Map<String, Map<String, String>> readExpected(Path dir) {
		Map<String, Map<String, String>> expected = new TreeMap<>();
		try (Stream<String> lines = Files.lines(dir.resolve(PopulationGenerator.EXPECTED_FILE))) {
			lines.skip(1).map(l -> l.split(",")).forEach(p ->
					expected.computeIfAbsent(p[0], k -> new LinkedHashMap<>()).put(p[1], p[2]));
		} catch (IOException e) {
			throw new UncheckedIOException(e);
		}
		return expected;
	}

	/** factor code → moc-outcome code of each factor group of the report. */
	public static Map<String, String> outcomes(MeasureReport report) {
		Map<String, String> outcomes = new LinkedHashMap<>();
		for (var group : report.getGroup()) {
			var outcome = group.getExtensionByUrl(EXT_MOC_OUTCOME);
			if (group.getCode().hasCoding() && outcome != null) {
				outcomes.put(group.getCode().getCodingFirstRep().getCode(), outcome.getValue().primitiveValue());
			}
		}
		return outcomes;
	}

	public static List<Disagreement> compare(String patient, Map<String, String> expected, MeasureReport report) {
		Map<String, String> actual = outcomes(report);
		return expected.entrySet().stream()
				.filter(e -> !e.getValue().equals(actual.get(e.getKey())))
				.map(e -> new Disagreement(patient, e.getKey(), e.getValue(), actual.getOrDefault(e.getKey(), "(no group)")))
				.toList();
	}
}
