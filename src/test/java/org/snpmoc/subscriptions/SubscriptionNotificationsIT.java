package org.snpmoc.subscriptions;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.snpmoc.contract.MocCodes.CS_ARTIFACT;

import ca.uhn.fhir.jpa.subscription.match.registry.SubscriptionRegistry;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.hl7.fhir.r4.model.CarePlan;
import org.hl7.fhir.r4.model.CodeableConcept;
import org.hl7.fhir.r4.model.Coding;
import org.hl7.fhir.r4.model.Encounter;
import org.hl7.fhir.r4.model.IdType;
import org.hl7.fhir.r4.model.Questionnaire;
import org.hl7.fhir.r4.model.QuestionnaireResponse;
import org.hl7.fhir.r4.model.Reference;
import org.hl7.fhir.r4.model.Subscription;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.snpmoc.contract.MocCodes;
import org.snpmoc.hra.HraFixture;
import org.snpmoc.support.CareStory;
import org.snpmoc.support.H2ServerTest;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * The IG's example Subscriptions, pointed at a local endpoint, notify once per matching change and never for a
 * change that does not match.
 */
class SubscriptionNotificationsIT extends H2ServerTest {
	private static final Duration QUIET = Duration.ofSeconds(3);

	@Autowired
	private SubscriptionRegistry registry;

	private final List<String> subscriptions = new ArrayList<>();
	private HookReceiver receiver;
	private CareStory story;
	private String patient;

	@BeforeEach
	void subscribe() throws IOException {
		receiver = new HookReceiver();
		story = new CareStory(client);
		patient = story.patient();
		for (String channel : List.of("icp", "hra", "transitions")) {
			Subscription example = FHIR.newJsonParser().parseResource(Subscription.class,
					Files.readString(Path.of("profiles/Subscription-moc-subscription-" + channel + ".json")));
			example.setId((String) null);
			example.getChannel().setEndpoint(receiver.endpoint(channel));
			subscriptions.add(story.create(example));
		}
		for (String subscription : subscriptions) {
			String id = subscription.substring("Subscription/".length());
			await().atMost(Duration.ofSeconds(60)).until(() -> registry.get(id) != null);
			assertThat(story.read(Subscription.class, subscription).getStatus())
					.isEqualTo(Subscription.SubscriptionStatus.ACTIVE);
		}
	}

	@AfterEach
	void unsubscribe() {
		subscriptions.forEach(s -> client.delete().resourceById(new IdType(s)).execute());
		receiver.close();
	}

	@Test
	void anIcpNotifiesOncePerVersionAndOtherCarePlansDoNot() {
		CarePlan icp = carePlan(true);
		String id = story.create(icp);
		awaitExactly("icp", List.of("PUT /" + id));

		icp.setId(id);
		icp.setDescription("Revised after the ICT meeting");
		client.update().resource(icp).execute();
		story.create(carePlan(false));

		awaitExactly("icp", List.of("PUT /" + id, "PUT /" + id));
	}

	@Test
	void aCompletedHraNotifiesOnceAndADraftDoesNot() {
		Questionnaire instrument = story.hraInstrument();
		QuestionnaireResponse draft = HraFixture.response(instrument, patient, "2026-03-01")
				.setStatus(QuestionnaireResponse.QuestionnaireResponseStatus.INPROGRESS);
		story.create(draft);
		String completed = story.create(HraFixture.response(instrument, patient, "2026-03-02"));

		awaitExactly("hra", List.of("PUT /" + completed));
	}

	@Test
	void anAdmissionAndItsDischargeNotifyOnceEachAndAnOfficeVisitDoesNot() {
		String hospital = story.organization("Bayview General Hospital");
		Encounter stay = story.stay(patient, "IMP", "2026-06-01", hospital);
		String id = stay.getIdElement().toUnqualifiedVersionless().getValue();
		awaitExactly("transitions", List.of("PUT /" + id));

		stay.setStatus(Encounter.EncounterStatus.FINISHED).getPeriod().getEndElement().setValueAsString("2026-06-05");
		client.update().resource(stay).execute();
		Encounter visit = new Encounter().setStatus(Encounter.EncounterStatus.FINISHED)
				.setClass_(new Coding(MocCodes.V3_ACT_CODE, "AMB", null)).setSubject(new Reference(patient));
		story.create(visit);

		awaitExactly("transitions", List.of("PUT /" + id, "PUT /" + id));
		assertThat(receiver.on("icp")).isEmpty();
	}

	/** Waits for the expected notifications, then checks for a few seconds that no other one follows. */
	private void awaitExactly(String channel, List<String> expected) {
		await().atMost(Duration.ofSeconds(60)).until(() -> receiver.on(channel).size() >= expected.size());
		await().during(QUIET).atMost(QUIET.plusSeconds(5)).until(() -> receiver.on(channel).equals(expected));
	}

	private CarePlan carePlan(boolean icp) {
		CarePlan plan = new CarePlan().setStatus(CarePlan.CarePlanStatus.ACTIVE)
				.setIntent(CarePlan.CarePlanIntent.PLAN).setSubject(new Reference(patient));
		plan.getCreatedElement().setValueAsString("2026-03-10");
		if (icp) {
			plan.getMeta().addProfile(MocCodes.profile("moc-icp"));
			plan.addCategory(new CodeableConcept(new Coding(CS_ARTIFACT, "icp", "Individualized care plan")));
		} else {
			plan.addCategory(new CodeableConcept().setText("Wound care"));
		}
		return plan;
	}
}
