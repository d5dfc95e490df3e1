package org.snpmoc.conformance;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import ca.uhn.fhir.rest.api.MethodOutcome;
import ca.uhn.fhir.rest.server.exceptions.BaseServerResponseException;
import ca.uhn.fhir.rest.server.exceptions.UnprocessableEntityException;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.UUID;
import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;
import java.util.stream.Collectors;
import org.hl7.fhir.r4.model.Bundle;
import org.hl7.fhir.r4.model.CarePlan;
import org.hl7.fhir.r4.model.Goal;
import org.hl7.fhir.r4.model.OperationOutcome;
import org.hl7.fhir.r4.model.OperationOutcome.OperationOutcomeIssueComponent;
import org.hl7.fhir.r4.model.Patient;
import org.hl7.fhir.r4.model.Reference;
import org.hl7.fhir.r4.model.Resource;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvFileSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.snpmoc.contract.MocCodes;
import org.snpmoc.support.H2ServerTest;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * Writes are validated: violations of a MOC profile or of R4 are refused with 422 naming the element, care that is
 * merely non-compliant is stored, and data from EHRs claiming profiles we do not ship is accepted.
 */
class WriteValidationIT extends H2ServerTest {
	private static final Logger LOG = LoggerFactory.getLogger(WriteValidationIT.class);
	private static final Path INVALID = Path.of("src/test/resources/conformance/invalid");
	private static final Path NONCOMPLIANT = Path.of("src/test/resources/conformance/noncompliant");
	private static final Path FIXTURES = Path.of(System.getProperty("snpmoc.fixtures", "/work/shared/fixtures/external"));
	private static boolean examplesStored;

	@Autowired
	ConformancePackage igPackage;

	@Autowired
	MeterRegistry meters;

	/** The instances reference the example beneficiary, her team and staff. */
	@BeforeEach
	void storeExamples() {
		if (!examplesStored) {
			client.transaction().withBundle(IgExampleStory.examplesTransaction(igPackage)).execute();
			examplesStored = true;
		}
	}

	private static Resource read(Path file) throws Exception {
		return (Resource) FHIR.newJsonParser().parseResource(Files.readString(file));
	}

	private UnprocessableEntityException refusal(Resource resource) {
		resource.setId((String) null);
		return catchThrowableOfType(() -> client.create().resource(resource).execute(), UnprocessableEntityException.class);
	}

	private static OperationOutcome outcome(BaseServerResponseException e) {
		return (OperationOutcome) e.getOperationOutcome();
	}

	private static String describe(OperationOutcome outcome) {
		return outcome.getIssue().stream()
				.map(i -> i.getSeverity() + " " + i.getExpression() + ": " + i.getDiagnostics())
				.reduce("", (a, b) -> a + "\n" + b);
	}

	@ParameterizedTest(name = "{0} refused by {1} at {3}")
	@CsvFileSource(resources = "/conformance/tests_errors.csv", numLinesToSkip = 1)
	void aResourceDeclaringOurProfileIsRefusedAtTheElementItBreaks(String instance, String profile, String severity,
			String location, String message) throws Exception {
		Resource resource = read(INVALID.resolve(instance));
		resource.getMeta().addProfile(MocCodes.profile(profile));

		UnprocessableEntityException refused = refusal(resource);

		assertThat(refused).as("%s must be refused with 422", instance).isNotNull();
		assertThat(refused.getStatusCode()).isEqualTo(422);
		OperationOutcome outcome = outcome(refused);
		assertThat(outcome.getIssue()).as(describe(outcome)).anySatisfy(issue -> {
			assertThat(issue.getSeverity().toCode()).isEqualTo(severity);
			assertThat(issue.getExpression()).anySatisfy(e -> assertThat(e.getValue()).contains(location));
			assertThat(issue.getLocation()).anySatisfy(l -> assertThat(l.getValue()).contains(location));
			assertThat(issue.getDiagnostics()).contains(message);
		});
	}

	/** No meta.profile: the content (category, code, class, basis…) identifies them as ours. */
	@ParameterizedTest
	@ValueSource(strings = {"icp-proposal.json", "transition-without-admission-date.json",
			"communication-unknown-category.json", "outreach-unknown-outcome.json", "risk-unknown-tier.json",
			"hra-response-without-subject.json", "work-item-unknown-factor.json", "staff-role-without-practitioner.json",
			"ict-without-subject.json", "enrollment-without-start.json", "care-preference-without-subject.json"})
	void aResourceIdentifiedAsOursIsRefusedWithoutDeclaringTheProfile(String instance) throws Exception {
		UnprocessableEntityException refused = refusal(read(INVALID.resolve(instance)));

		assertThat(refused).as("%s must be refused with 422", instance).isNotNull();
		assertThat(outcome(refused).getIssue()).anyMatch(i -> i.getSeverity() == OperationOutcome.IssueSeverity.ERROR
				&& !i.getExpression().isEmpty());
	}

	@ParameterizedTest(name = "{0} stored")
	@CsvFileSource(resources = "/conformance/tests.csv", numLinesToSkip = 1)
	void nonCompliantCareIsStored(String instance, String profile) throws Exception {
		Resource bare = read(NONCOMPLIANT.resolve(instance));
		bare.setId((String) null);
		Resource declared = bare.copy();
		declared.getMeta().addProfile(MocCodes.profile(profile));

		assertThat(client.create().resource(bare).execute().getCreated()).isTrue();
		assertThat(client.create().resource(declared).execute().getCreated()).isTrue();
	}

	@Test
	void aUsCorePatientIsAcceptedDespiteItsUnknownProfile() throws Exception {
		Path file = FIXTURES.resolve("us-core/Patient-example.json");
		assumeTrue(Files.isRegularFile(file), "external fixture not present: " + file);
		Patient patient = (Patient) read(file);
		assertThat(patient.getMeta().getProfile()).isNotEmpty();
		patient.setId((String) null);

		MethodOutcome created = client.create().resource(patient).execute();

		assertThat(created.getCreated()).isTrue();
		Patient stored = client.read().resource(Patient.class).withId(created.getId().getIdPart()).execute();
		assertThat(stored.getMeta().getProfile()).extracting(p -> p.getValue())
				.contains("http://hl7.org/fhir/us/core/StructureDefinition/us-core-patient|7.0.0");
	}

	@Test
	void aResourceBreakingR4IsRefused() throws Exception {
		String robot = "{\"resourceType\":\"Patient\",\"name\":[{\"family\":\"Unit\"}],\"gender\":\"robot\"}";
		HttpResponse<String> response = HttpClient.newHttpClient().send(
				HttpRequest.newBuilder(URI.create(baseUrl() + "/Patient"))
						.header("Content-Type", "application/fhir+json")
						.POST(HttpRequest.BodyPublishers.ofString(robot))
						.build(),
				HttpResponse.BodyHandlers.ofString());

		assertThat(response.statusCode()).isEqualTo(422);
		OperationOutcome outcome = (OperationOutcome) FHIR.newJsonParser().parseResource(response.body());
		assertThat(outcome.getIssue()).as(describe(outcome)).anySatisfy(i -> {
			assertThat(i.getSeverity()).isEqualTo(OperationOutcome.IssueSeverity.ERROR);
			assertThat(i.getExpression()).extracting(x -> x.getValue()).contains("Patient.gender");
		});
	}

	@Test
	void aRefusedEntryRollsBackItsTransaction() {
		String family = "Refused" + UUID.randomUUID().toString().substring(0, 8);
		Bundle transaction = new Bundle().setType(Bundle.BundleType.TRANSACTION);
		String patientUrl = "urn:uuid:" + UUID.randomUUID();
		transaction.addEntry().setFullUrl(patientUrl).setResource(new Patient().addName(new org.hl7.fhir.r4.model.HumanName().setFamily(family)))
				.getRequest().setMethod(Bundle.HTTPVerb.POST).setUrl("Patient");
		CarePlan proposal = new CarePlan()
				.setStatus(CarePlan.CarePlanStatus.ACTIVE)
				.setIntent(CarePlan.CarePlanIntent.PROPOSAL)
				.setSubject(new Reference(patientUrl));
		proposal.setCreatedElement(new org.hl7.fhir.r4.model.DateTimeType("2026-03-01"));
		proposal.addCategory().addCoding().setSystem(MocCodes.CS_ARTIFACT).setCode(MocCodes.ICP);
		transaction.addEntry().setResource(proposal).getRequest().setMethod(Bundle.HTTPVerb.POST).setUrl("CarePlan");

		assertThatThrownBy(() -> client.transaction().withBundle(transaction).execute())
				.isInstanceOfSatisfying(UnprocessableEntityException.class, e -> assertThat(outcome(e).getIssue())
						.anySatisfy(i -> assertThat(i.getExpression()).extracting(x -> x.getValue()).contains("CarePlan.intent")));

		Bundle none = client.search().forResource(Patient.class).where(Patient.FAMILY.matchesExactly().value(family))
				.returnBundle(Bundle.class).execute();
		assertThat(none.getEntry()).isEmpty();
	}

	@Test
	void aRefusedEntryOfABatchFailsAlone() {
		Bundle batch = new Bundle().setType(Bundle.BundleType.BATCH);
		batch.addEntry().setResource(new Patient().setActive(true)).getRequest().setMethod(Bundle.HTTPVerb.POST).setUrl("Patient");
		Goal unidentified = new Goal()
				.setLifecycleStatus(Goal.GoalLifecycleStatus.ACTIVE)
				.setSubject(new Reference("Patient/moc-example-beneficiary"));
		unidentified.getDescription().setText("walk daily");
		unidentified.getMeta().addProfile(MocCodes.profile("moc-self-management-goal"));
		batch.addEntry().setResource(unidentified).getRequest().setMethod(Bundle.HTTPVerb.POST).setUrl("Goal");

		Bundle response = client.transaction().withBundle(batch).execute();

		assertThat(response.getEntry().get(0).getResponse().getStatus()).startsWith("201");
		assertThat(response.getEntry().get(1).getResponse().getStatus()).startsWith("422");
		OperationOutcome outcome = (OperationOutcome) response.getEntry().get(1).getResponse().getOutcome();
		assertThat(outcome.getIssue()).extracting(OperationOutcomeIssueComponent::getDiagnostics)
				.anyMatch(d -> d.startsWith("Goal.category: minimum required = 1"));
	}

	/** Prints what validation adds to a write; figures only, no assertion on time. */
	@Test
	void validationLatencyIsMeasured() throws Exception {
		Timer timer = meters.get(WriteValidator.TIMER).timer();
		Goal goal = (Goal) igPackage.examples().stream().filter(r -> r.getIdElement().getIdPart().equals("moc-example-goal-food"))
				.findFirst().orElseThrow();
		measure(timer, "R4 only (Patient)", () -> new Patient().setActive(true).addName(new org.hl7.fhir.r4.model.HumanName().setFamily("Latency")));
		measure(timer, "R4 + moc-self-management-goal (Goal)", () -> goal.copy().setId((String) null));
		measure(timer, "R4 + moc-icp (CarePlan)", () -> ((Resource) igPackage.examples().stream()
				.filter(r -> r.getIdElement().getIdPart().equals("moc-example-icp")).findFirst().orElseThrow()).copy().setId((String) null));
		assertThat(timer.count()).isPositive();
	}

	private void measure(Timer timer, String label, Supplier<Resource> resource) {
		int writes = 60;
		for (int i = 0; i < 10; i++) {
			client.create().resource(resource.get()).execute();
		}
		long countBefore = timer.count();
		double validationBefore = timer.totalTime(TimeUnit.MICROSECONDS);
		long start = System.nanoTime();
		for (int i = 0; i < writes; i++) {
			client.create().resource(resource.get()).execute();
		}
		double wallMs = (System.nanoTime() - start) / 1e6 / writes;
		double validationMs = (timer.totalTime(TimeUnit.MICROSECONDS) - validationBefore) / 1000 / (timer.count() - countBefore);
		String percentiles = Arrays.stream(timer.takeSnapshot().percentileValues())
				.map(p -> String.format("p%.0f %.1f ms", p.percentile() * 100, p.value(TimeUnit.MILLISECONDS)))
				.collect(Collectors.joining(", "));
		LOG.info(String.format("Validation latency, %s: mean %.1f ms validation of %.1f ms per create over HTTP"
				+ " (%d writes; all writes so far: %s)", label, validationMs, wallMs, writes, percentiles));
	}
}
