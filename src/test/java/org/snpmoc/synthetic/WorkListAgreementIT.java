package org.snpmoc.synthetic;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.hl7.fhir.r4.model.Bundle;
import org.hl7.fhir.r4.model.DateType;
import org.hl7.fhir.r4.model.IdType;
import org.hl7.fhir.r4.model.MeasureReport;
import org.hl7.fhir.r4.model.Parameters;
import org.hl7.fhir.r4.model.Task;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.snpmoc.support.FhirClientSupport;
import org.snpmoc.transitions.WorkItemQueue;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;

/**
 * The work items the server keeps and the work list $moc-gaps computes say the same thing, beneficiary by
 * beneficiary, on a generated plan of 1,000 members that uses its own HRA tool (own canonical, responses naming
 * {@code url|version}): every open work item is a window $moc-gaps lists as unmet, and every unmet window a stay,
 * an enrollment or an HRA opens has its open work item. The horizon is wide enough to list every open window.
 */
@SpringBootTest(
		webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
		properties = {
			// Functional tests run on an open server; SecureH2ServerTest and the security tests run with access control on.
			"moc.security.enabled=false",
			"moc.hl7v2.mllp-port=0",
			"spring.datasource.url=jdbc:h2:mem:moc-work-list;DB_CLOSE_DELAY=-1",
			"moc.compliance.gaps-horizon-days=800",
			// What is compared is the rules, not the profiles: the generated population conforms
			// (GeneratedPopulationConformsTest), and validating 57,000 resources would be most of this test's time.
			"moc.conformance.validate-on-write=false"
		})
class WorkListAgreementIT extends FhirClientSupport {
	private static final int BENEFICIARIES = 1000;
	private static final String PLAN_TOOL = "https://hra.plan.example/fhir/Questionnaire/annual-risk-survey";

	@Autowired
	private WorkItemQueue queue;

	@TempDir
	Path dir;

	/** One step of one beneficiary: the factor, the event it follows, the due date. */
	private record Step(String patient, String factor, String event, String due) {}

	@Test
	void openWorkItemsAreExactlyTheUnmetWindowsOfTheChecksOnAPlanWithItsOwnHraTool() throws Exception {
		LocalDate today = LocalDate.now(ZoneId.of("America/New_York"));
		new PopulationGenerator(FHIR, HraInstrument.DEFAULT_FILE).withPlanTool(PLAN_TOOL, "2026.1")
				.generate(BENEFICIARIES, 29, today, dir);
		BulkLoader.Report loaded = new BulkLoader(FHIR, baseUrl(), 2, null).load(dir);
		assertThat(loaded.failures()).isEmpty();
		assertThat(queue.awaitIdle(Duration.ofMinutes(5))).as("work items written").isTrue();

		// The plan's own tool counts for every factor: the server agrees with the generator's ground truth.
		Map<String, Map<String, String>> expected = Agreement.readExpected(dir);
		List<Agreement.Disagreement> outcomes = new ArrayList<>();
		for (var patient : expected.entrySet()) {
			MeasureReport report = client.operation().onInstance(new IdType("Patient", patient.getKey()))
					.named("$moc-evaluate").withParameter(Parameters.class, "asOf", new DateType(today.toString()))
					.useHttpGet().returnResourceType(MeasureReport.class).execute();
			outcomes.addAll(Agreement.compare(patient.getKey(), patient.getValue(), report));
		}

		Set<Step> open = openWorkItems();
		Set<Step> unmet = new HashSet<>();
		int gaps = 0;
		for (String patient : expected.keySet()) {
			Bundle list = client.operation().onInstance(new IdType("Patient", patient)).named("$moc-gaps")
					.withParameter(Parameters.class, "asOf", new DateType(today.toString())).useHttpGet()
					.returnResourceType(Bundle.class).execute();
			for (Bundle.BundleEntryComponent entry : list.getEntry()) {
				Task gap = (Task) entry.getResource();
				gaps++;
				if (gap.hasFocus()) {
					unmet.add(step(gap));
				}
			}
		}
		Set<Step> itemWithoutWindow = new HashSet<>(open);
		itemWithoutWindow.removeAll(unmet);
		Set<Step> windowWithoutItem = new HashSet<>(unmet);
		windowWithoutItem.removeAll(open);
		int disagreements = itemWithoutWindow.size() + windowWithoutItem.size();
		System.out.printf("work-list agreement: %d beneficiaries, %d resources, %d open work items, %d gaps (%d with"
				+ " an event), %d disagreements; outcome disagreements with the ground truth: %d%n", expected.size(),
				loaded.resources(), open.size(), gaps, unmet.size(), disagreements, outcomes.size());

		itemWithoutWindow.stream().limit(10).forEach(st -> System.out.println("  open item, window met or absent: " + st));
		windowWithoutItem.stream().limit(10).forEach(st -> System.out.println("  unmet window, no open item: " + st));

		assertThat(expected).hasSize(BENEFICIARIES);
		assertThat(open).as("a plan this size has work to do").hasSizeGreaterThan(BENEFICIARIES / 10);
		assertThat(itemWithoutWindow).as("open work items no check finds unmet").isEmpty();
		assertThat(windowWithoutItem).as("unmet windows without their work item").isEmpty();
		assertThat(outcomes).isEmpty();
	}

	private Set<Step> openWorkItems() {
		Set<Step> open = new HashSet<>();
		Bundle page = client.search().forResource(Task.class)
				.where(Task.CODE.exactly().systemAndCode("http://snp-moc.org/fhir/CodeSystem/moc-artifact", "work-item"))
				.and(Task.STATUS.exactly().code("requested"))
				.count(500).returnBundle(Bundle.class).execute();
		while (true) {
			page.getEntry().forEach(e -> open.add(step((Task) e.getResource())));
			if (page.getLink(Bundle.LINK_NEXT) == null) {
				return open;
			}
			page = client.loadPage().next(page).execute();
		}
	}

	private static Step step(Task task) {
		return new Step(task.getFor().getReferenceElement().getIdPart(), task.getReasonCode().getCodingFirstRep().getCode(),
				task.getFocus().getReferenceElement().toUnqualifiedVersionless().getValue(),
				task.getRestriction().getPeriod().getEndElement().getValueAsString());
	}
}
