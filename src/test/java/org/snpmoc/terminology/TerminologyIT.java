package org.snpmoc.terminology;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.hl7.fhir.r4.model.BooleanType;
import org.hl7.fhir.r4.model.CodeSystem;
import org.hl7.fhir.r4.model.Parameters;
import org.hl7.fhir.r4.model.ValueSet;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.snpmoc.support.H2ServerTest;

/** The IG's own value sets and code systems answer $expand, $validate-code and $lookup over HTTP. */
class TerminologyIT extends H2ServerTest {
	private static final String SYSTEM = "http://snp-moc.org/fhir/CodeSystem/";
	private static final String VALUE_SET = "http://snp-moc.org/fhir/ValueSet/";
	private final HttpClient http = HttpClient.newHttpClient();

	@ParameterizedTest
	@ValueSource(strings = {"hra-domain", "hra-answer", "moc-factor", "ict-role", "outreach-outcome", "moc-artifact"})
	void aValueSetOfAWholeCodeSystemExpandsToItsConcepts(String name) throws IOException {
		ValueSet expanded = get(ValueSet.class, "ValueSet/$expand?url=" + encode(VALUE_SET + name));
		CodeSystem system = profile(CodeSystem.class, "CodeSystem-" + name + ".json");

		assertThat(expanded.getExpansion().getContains()).extracting(c -> c.getSystem() + "|" + c.getCode())
				.containsExactlyInAnyOrderElementsOf(allCodes(system));
	}

	@Test
	void aValueSetListingConceptsExpandsToThoseConcepts() throws IOException {
		ValueSet expanded = get(ValueSet.class, "ValueSet/transition-coordinator-role/$expand");
		ValueSet definition = profile(ValueSet.class, "ValueSet-transition-coordinator-role.json");

		assertThat(expanded.getExpansion().getContains()).extracting(c -> c.getSystem() + "|" + c.getCode())
				.containsExactlyInAnyOrderElementsOf(definition.getCompose().getInclude().stream()
						.flatMap(i -> i.getConcept().stream().map(c -> i.getSystem() + "|" + c.getCode()))
						.toList());
		ValueSet goals = get(ValueSet.class, "ValueSet/$expand?url=" + encode(VALUE_SET + "goal-not-met"));
		assertThat(goals.getExpansion().getContains()).extracting(ValueSet.ValueSetExpansionContainsComponent::getCode)
				.containsExactlyInAnyOrder("not-achieved", "no-progress", "worsening");
	}

	@Test
	void validateCodeAcceptsTheValueSetsCodesOnly() throws IOException {
		String valueSet = "ValueSet/$validate-code?url=" + encode(VALUE_SET + "hra-domain") + "&system="
				+ encode(SYSTEM + "hra-domain") + "&code=";
		assertThat(result(get(Parameters.class, valueSet + "functional"))).isTrue();
		assertThat(result(get(Parameters.class, valueSet + "no-such-domain"))).isFalse();
		String roles = "ValueSet/$validate-code?url=" + encode(VALUE_SET + "transition-coordinator-role") + "&system="
				+ encode(SYSTEM + "ict-role") + "&code=";
		String listed = profile(ValueSet.class, "ValueSet-transition-coordinator-role.json").getCompose()
				.getIncludeFirstRep().getConceptFirstRep().getCode();
		assertThat(result(get(Parameters.class, roles + listed))).isTrue();
	}

	@Test
	void lookupGivesTheDisplayOfAnIgCode() throws IOException {
		CodeSystem system = profile(CodeSystem.class, "CodeSystem-hra-domain.json");
		CodeSystem.ConceptDefinitionComponent concept = system.getConceptFirstRep();

		Parameters lookup = get(Parameters.class, "CodeSystem/$lookup?system=" + encode(system.getUrl()) + "&code="
				+ encode(concept.getCode()));

		assertThat(lookup.getParameter("display").getValue().primitiveValue()).isEqualTo(concept.getDisplay());
	}

	private <T extends org.hl7.fhir.r4.model.Resource> T get(Class<T> type, String path) throws IOException {
		HttpRequest request = HttpRequest.newBuilder(URI.create(baseUrl() + "/" + path))
				.header("Accept", "application/fhir+json").build();
		try {
			HttpResponse<String> response = http.send(request, HttpResponse.BodyHandlers.ofString());
			assertThat(response.statusCode()).as(path + ": " + response.body()).isEqualTo(200);
			return FHIR.newJsonParser().parseResource(type, response.body());
		} catch (InterruptedException e) {
			Thread.currentThread().interrupt();
			throw new IOException(e);
		}
	}

	private static boolean result(Parameters parameters) {
		return ((BooleanType) parameters.getParameter("result").getValue()).booleanValue();
	}

	private static <T extends org.hl7.fhir.r4.model.Resource> T profile(Class<T> type, String file) throws IOException {
		return FHIR.newJsonParser().parseResource(type, Files.readString(Path.of("profiles", file)));
	}

	private static List<String> allCodes(CodeSystem system) {
		return codes(system.getUrl(), system.getConcept());
	}

	private static List<String> codes(String url, List<CodeSystem.ConceptDefinitionComponent> concepts) {
		return concepts.stream()
				.flatMap(c -> java.util.stream.Stream.concat(java.util.stream.Stream.of(url + "|" + c.getCode()),
						codes(url, c.getConcept()).stream()))
				.toList();
	}

	private static String encode(String value) {
		return URLEncoder.encode(value, StandardCharsets.UTF_8);
	}
}
