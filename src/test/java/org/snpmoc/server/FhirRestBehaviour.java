package org.snpmoc.server;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import ca.uhn.fhir.context.FhirContext;
import ca.uhn.fhir.rest.api.MethodOutcome;
import ca.uhn.fhir.rest.client.api.IGenericClient;
import ca.uhn.fhir.rest.server.exceptions.PreconditionFailedException;
import ca.uhn.fhir.rest.server.exceptions.ResourceGoneException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.List;
import java.util.UUID;
import org.hl7.fhir.r4.model.Bundle;
import org.hl7.fhir.r4.model.CapabilityStatement;
import org.hl7.fhir.r4.model.Encounter;
import org.hl7.fhir.r4.model.Enumerations;
import org.hl7.fhir.r4.model.IdType;
import org.hl7.fhir.r4.model.Observation;
import org.hl7.fhir.r4.model.OperationOutcome;
import org.hl7.fhir.r4.model.Parameters;
import org.hl7.fhir.r4.model.Patient;
import org.hl7.fhir.r4.model.Reference;
import org.junit.jupiter.api.Test;

/**
 * The FHIR REST behaviour every database must give, over real HTTP with HAPI's generic client. Implemented by one
 * test class per database, so the same suite runs on the embedded default and on PostgreSQL.
 */
interface FhirRestBehaviour {
	FhirContext FHIR = FhirContext.forR4Cached();
	HttpClient HTTP = HttpClient.newHttpClient();

	IGenericClient fhir();

	String fhirBase();

	String serverRoot();

	private static Patient patient(String family) {
		Patient p = new Patient();
		p.addIdentifier().setSystem("urn:test:mrn").setValue(UUID.randomUUID().toString());
		p.addName().setFamily(family).addGiven("Ana");
		p.setGender(Enumerations.AdministrativeGender.FEMALE);
		p.setBirthDateElement(new org.hl7.fhir.r4.model.DateType("1950-04-02"));
		return p;
	}

	private HttpResponse<String> send(String method, String path, String contentType, String body) throws Exception {
		HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(fhirBase() + path))
				.header("Accept", "application/fhir+json")
				.method(method, body == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofString(body));
		if (contentType != null) {
			request.header("Content-Type", contentType);
		}
		return HTTP.send(request.build(), HttpResponse.BodyHandlers.ofString());
	}

	private static OperationOutcome outcome(HttpResponse<String> response) {
		return (OperationOutcome) FHIR.newJsonParser().parseResource(response.body());
	}

	@Test
	default void createReadVreadUpdateDeleteAndHistory() {
		MethodOutcome created = fhir().create().resource(patient("Rivera")).execute();
		assertThat(created.getCreated()).isTrue();
		IdType id = (IdType) created.getId();
		assertThat(id.getVersionIdPart()).isEqualTo("1");

		Patient read = fhir().read().resource(Patient.class).withId(id.getIdPart()).execute();
		assertThat(read.getNameFirstRep().getFamily()).isEqualTo("Rivera");

		read.getNameFirstRep().setFamily("Rivera-Lopez");
		MethodOutcome updated = fhir().update().resource(read).execute();
		assertThat(updated.getId().getVersionIdPart()).isEqualTo("2");

		Patient v1 = fhir().read().resource(Patient.class).withIdAndVersion(id.getIdPart(), "1").execute();
		assertThat(v1.getNameFirstRep().getFamily()).isEqualTo("Rivera");

		Bundle history = fhir().history().onInstance(id.toUnqualifiedVersionless()).returnBundle(Bundle.class).execute();
		assertThat(history.getEntry()).hasSize(2);

		fhir().delete().resourceById(id.toUnqualifiedVersionless()).execute();
		assertThatThrownBy(() -> fhir().read().resource(Patient.class).withId(id.getIdPart()).execute())
				.isInstanceOf(ResourceGoneException.class);
	}

	@Test
	default void updateWithStaleIfMatchIsRefused() {
		IdType id = (IdType) fhir().create().resource(patient("Stale")).execute().getId();
		Patient current = fhir().read().resource(Patient.class).withId(id.getIdPart()).execute();
		current.getNameFirstRep().setFamily("Fresh");
		fhir().update().resource(current).withId(id.toUnqualifiedVersionless()).execute();

		current.getNameFirstRep().setFamily("Overwrites");
		current.setId(id.toUnqualifiedVersionless().withVersion("1"));
		assertThatThrownBy(() -> fhir().update().resource(current).withId(current.getIdElement()).execute())
				.isInstanceOf(PreconditionFailedException.class);
		Patient stored = fhir().read().resource(Patient.class).withId(id.getIdPart()).execute();
		assertThat(stored.getNameFirstRep().getFamily()).isEqualTo("Fresh");
	}

	@Test
	default void searchIncludeAndPaging() {
		String family = "Paging" + UUID.randomUUID().toString().substring(0, 8);
		Patient p = patient(family);
		IdType patientId = (IdType) fhir().create().resource(p).execute().getId();
		for (int i = 0; i < 7; i++) {
			Encounter e = new Encounter();
			e.setStatus(Encounter.EncounterStatus.FINISHED);
			e.setClass_(new org.hl7.fhir.r4.model.Coding("http://terminology.hl7.org/CodeSystem/v3-ActCode", "AMB", "ambulatory"));
			e.setSubject(new Reference(patientId.toUnqualifiedVersionless()));
			fhir().create().resource(e).execute();
		}

		Bundle byName = fhir().search().forResource(Patient.class).where(Patient.FAMILY.matchesExactly().value(family))
				.returnBundle(Bundle.class).execute();
		assertThat(byName.getEntry()).hasSize(1);

		Bundle page1 = fhir().search().forResource(Encounter.class)
				.where(Encounter.SUBJECT.hasId(patientId.toUnqualifiedVersionless()))
				.include(Encounter.INCLUDE_SUBJECT)
				.count(3)
				.returnBundle(Bundle.class)
				.execute();
		assertThat(page1.getEntry()).filteredOn(e -> e.getResource() instanceof Encounter).hasSize(3);
		assertThat(page1.getEntry()).anyMatch(e -> e.getResource() instanceof Patient
				&& e.getSearch().getMode() == Bundle.SearchEntryMode.INCLUDE);
		assertThat(page1.getLink(Bundle.LINK_NEXT)).isNotNull();

		int encounters = 0;
		Bundle page = page1;
		while (true) {
			encounters += (int) page.getEntry().stream().filter(e -> e.getResource() instanceof Encounter).count();
			if (page.getLink(Bundle.LINK_NEXT) == null) {
				break;
			}
			page = fhir().loadPage().next(page).execute();
		}
		assertThat(encounters).isEqualTo(7);
	}

	@Test
	default void transactionIsAllOrNothing() {
		Bundle tx = new Bundle().setType(Bundle.BundleType.TRANSACTION);
		Patient p = patient("Transaction");
		tx.addEntry().setFullUrl("urn:uuid:" + UUID.randomUUID()).setResource(p)
				.getRequest().setMethod(Bundle.HTTPVerb.POST).setUrl("Patient");
		Observation o = new Observation();
		o.setStatus(Observation.ObservationStatus.FINAL);
		o.getCode().setText("weight");
		o.setSubject(new Reference(tx.getEntryFirstRep().getFullUrl()));
		tx.addEntry().setResource(o).getRequest().setMethod(Bundle.HTTPVerb.POST).setUrl("Observation");

		Bundle response = fhir().transaction().withBundle(tx).execute();
		assertThat(response.getEntry()).hasSize(2);
		assertThat(response.getEntry()).allMatch(e -> e.getResponse().getStatus().startsWith("201"));
		String observationId = response.getEntry().get(1).getResponse().getLocation();
		Observation stored = fhir().read().resource(Observation.class).withUrl(observationId).execute();
		assertThat(stored.getSubject().getReference()).startsWith("Patient/");

		String family = "Rollback" + UUID.randomUUID().toString().substring(0, 8);
		Bundle failing = new Bundle().setType(Bundle.BundleType.TRANSACTION);
		failing.addEntry().setResource(patient(family)).getRequest().setMethod(Bundle.HTTPVerb.POST).setUrl("Patient");
		// A conditional create matching two stored patients cannot proceed, so the whole bundle must fail.
		String shared = UUID.randomUUID().toString();
		for (int i = 0; i < 2; i++) {
			Patient twin = patient("Twin");
			twin.getIdentifierFirstRep().setValue(shared);
			fhir().create().resource(twin).execute();
		}
		failing.addEntry().setResource(patient("Ambiguous")).getRequest().setMethod(Bundle.HTTPVerb.POST)
				.setUrl("Patient").setIfNoneExist("Patient?identifier=urn:test:mrn|" + shared);
		assertThatThrownBy(() -> fhir().transaction().withBundle(failing).execute()).isNotNull();
		Bundle none = fhir().search().forResource(Patient.class).where(Patient.FAMILY.matchesExactly().value(family))
				.returnBundle(Bundle.class).execute();
		assertThat(none.getEntry()).isEmpty();
	}

	@Test
	default void referenceToAResourceNotStoredYetIsKept() {
		Encounter stay = new Encounter();
		stay.setStatus(Encounter.EncounterStatus.FINISHED);
		stay.setClass_(new org.hl7.fhir.r4.model.Coding("http://terminology.hl7.org/CodeSystem/v3-ActCode", "AMB", "ambulatory"));
		String hospital = "Organization/arrives-later-" + UUID.randomUUID();
		stay.setServiceProvider(new Reference(hospital));
		IdType id = (IdType) fhir().create().resource(stay).execute().getId();
		Encounter stored = fhir().read().resource(Encounter.class).withId(id.getIdPart()).execute();
		assertThat(stored.getServiceProvider().getReference()).isEqualTo(hospital);
	}

	@Test
	default void batchEntriesSucceedOrFailOnTheirOwn() {
		Bundle batch = new Bundle().setType(Bundle.BundleType.BATCH);
		batch.addEntry().setResource(patient("Batch")).getRequest().setMethod(Bundle.HTTPVerb.POST).setUrl("Patient");
		batch.addEntry().getRequest().setMethod(Bundle.HTTPVerb.GET).setUrl("Patient/does-not-exist-" + UUID.randomUUID());
		Bundle response = fhir().transaction().withBundle(batch).execute();
		assertThat(response.getEntry().get(0).getResponse().getStatus()).startsWith("201");
		assertThat(response.getEntry().get(1).getResponse().getStatus()).startsWith("404");
	}

	@Test
	default void conditionalCreateAndUpdate() {
		Patient p = patient("Conditional");
		String mrn = p.getIdentifierFirstRep().getValue();
		String condition = "Patient?identifier=urn:test:mrn|" + mrn;
		MethodOutcome first = fhir().create().resource(p).conditionalByUrl(condition).execute();
		MethodOutcome second = fhir().create().resource(p).conditionalByUrl(condition).execute();
		assertThat(first.getCreated()).isTrue();
		assertThat(second.getCreated()).isNotEqualTo(Boolean.TRUE);
		assertThat(second.getId().getIdPart()).isEqualTo(first.getId().getIdPart());

		p.getNameFirstRep().setFamily("ConditionalUpdated");
		MethodOutcome updated = fhir().update().resource(p).conditionalByUrl(condition).execute();
		assertThat(updated.getId().getIdPart()).isEqualTo(first.getId().getIdPart());
		assertThat(updated.getId().getVersionIdPart()).isEqualTo("2");
	}

	@Test
	default void patientEverythingReturnsTheCompartment() {
		IdType patientId = (IdType) fhir().create().resource(patient("Everything")).execute().getId();
		Observation o = new Observation();
		o.setStatus(Observation.ObservationStatus.FINAL);
		o.getCode().setText("blood pressure");
		o.setSubject(new Reference(patientId.toUnqualifiedVersionless()));
		fhir().create().resource(o).execute();

		Parameters result = fhir().operation().onInstance(patientId.toUnqualifiedVersionless()).named("$everything")
				.withNoParameters(Parameters.class).execute();
		Bundle everything = (Bundle) result.getParameterFirstRep().getResource();
		List<String> types = everything.getEntry().stream().map(e -> e.getResource().fhirType()).toList();
		assertThat(types).contains("Patient", "Observation");
	}

	@Test
	default void capabilityStatementNamesThisServer() {
		CapabilityStatement cs = fhir().capabilities().ofType(CapabilityStatement.class).execute();
		assertThat(cs.getSoftware().getName()).isEqualTo("SNP Model of Care FHIR Server");
		assertThat(cs.getFhirVersion().toCode()).isEqualTo("4.0.1");
		assertThat(cs.getRestFirstRep().getResource()).anyMatch(r -> r.getType().equals("CarePlan"));
	}

	@Test
	default void malformedJsonIsA400WithOperationOutcome() throws Exception {
		HttpResponse<String> response = send("POST", "/Patient", "application/fhir+json", "{\"resourceType\":\"Patient\",");
		assertThat(response.statusCode()).isEqualTo(400);
		assertThat(outcome(response).getIssueFirstRep().getSeverity()).isEqualTo(OperationOutcome.IssueSeverity.ERROR);
	}

	@Test
	default void malformedXmlIsA400WithOperationOutcome() throws Exception {
		HttpResponse<String> response = send("POST", "/Patient", "application/fhir+xml", "<Patient xmlns=\"http://hl7.org/fhir\"><name>");
		assertThat(response.statusCode()).isEqualTo(400);
		assertThat(response.body()).contains("OperationOutcome");
	}

	@Test
	default void wrongResourceTypeForTheUrlIsA400() throws Exception {
		HttpResponse<String> response = send("POST", "/Patient", "application/fhir+json",
				"{\"resourceType\":\"Observation\",\"status\":\"final\",\"code\":{\"text\":\"x\"}}");
		assertThat(response.statusCode()).isEqualTo(400);
		assertThat(outcome(response).getIssueFirstRep().getDiagnostics()).contains("Observation");
	}

	@Test
	default void unknownResourceTypeIsA404() throws Exception {
		HttpResponse<String> response = send("GET", "/Spaceship/1", null, null);
		assertThat(response.statusCode()).isEqualTo(404);
		assertThat(outcome(response).getIssueFirstRep().getDiagnostics()).contains("Spaceship");
	}

	@Test
	default void unsupportedMediaTypeIsA415() throws Exception {
		HttpResponse<String> response = send("POST", "/Patient", "text/csv", "name,birthdate\nAna,1950-04-02");
		assertThat(response.statusCode()).isEqualTo(415);
		assertThat(outcome(response).getIssueFirstRep().getDiagnostics()).contains("text/csv");
	}

	@Test
	default void oversizeRequestIsA413AndNothingIsStored() throws Exception {
		String family = "Oversize" + UUID.randomUUID().toString().substring(0, 8);
		String padding = "x".repeat(3 * 1024 * 1024);
		String body = "{\"resourceType\":\"Patient\",\"name\":[{\"family\":\"" + family + "\",\"text\":\"" + padding + "\"}]}";
		HttpResponse<String> response = send("POST", "/Patient", "application/fhir+json", body);
		assertThat(response.statusCode()).isEqualTo(413);
		assertThat(outcome(response).getIssueFirstRep().getDiagnostics()).contains("larger");
		Bundle none = fhir().search().forResource(Patient.class).where(Patient.FAMILY.matchesExactly().value(family))
				.returnBundle(Bundle.class).execute();
		assertThat(none.getEntry()).isEmpty();
	}

	@Test
	default void healthReportsTheDatabase() throws Exception {
		HttpResponse<String> response = HTTP.send(
				HttpRequest.newBuilder(URI.create(serverRoot() + "/actuator/health")).build(),
				HttpResponse.BodyHandlers.ofString());
		assertThat(response.statusCode()).isEqualTo(200);
		assertThat(response.body()).contains("\"status\":\"UP\"").contains("\"db\"");
		assertThat(response.headers().firstValue("X-Content-Type-Options")).hasValue("nosniff");
		assertThat(response.headers().firstValue("X-Powered-By")).isEmpty();
	}
}
