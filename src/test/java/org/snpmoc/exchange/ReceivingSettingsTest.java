package org.snpmoc.exchange;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import org.hl7.fhir.r4.model.Encounter;
import org.hl7.fhir.r4.model.Endpoint;
import org.hl7.fhir.r4.model.Location;
import org.hl7.fhir.r4.model.Organization;
import org.hl7.fhir.r4.model.Reference;
import org.hl7.fhir.r4.model.Resource;
import org.junit.jupiter.api.Test;
import org.snpmoc.compliance.PatientRecord;

class ReceivingSettingsTest {
	private final Map<String, Resource> stored = new HashMap<>();

	@Test
	void anAdmissionGoesToTheLocationsEndpointElseItsOrganizationsElseTheServiceProviders() {
		store(endpoint("ward-ep", Endpoint.EndpointStatus.ACTIVE));
		store(endpoint("hospital-ep", Endpoint.EndpointStatus.ACTIVE));
		store(organization("hospital", "hospital-ep"));
		Location ward = location("ward", "hospital", null);
		store(ward);
		Encounter stay = new Encounter().setServiceProvider(new Reference("Organization/hospital"));
		stay.addLocation().setLocation(new Reference("Location/ward"));

		var target = ReceivingSettings.admission(stay, this::read);
		assertThat(target.endpoint().getIdElement().getIdPart()).isEqualTo("hospital-ep");
		assertThat(target.via()).isEqualTo("Organization/hospital");
		assertThat(target.recipient()).as("2E.3 looks for the serviceProvider").isEqualTo("Organization/hospital");

		ward.addEndpoint(new Reference("Endpoint/ward-ep"));
		assertThat(ReceivingSettings.admission(stay, this::read).endpoint().getIdElement().getIdPart()).isEqualTo("ward-ep");
	}

	@Test
	void aDischargeGoesToTheDestinationOrItsManagingOrganizationAndAnInactiveEndpointIsNone() {
		store(endpoint("snf-ep", Endpoint.EndpointStatus.OFF));
		store(organization("snf", "snf-ep"));
		store(location("unit", "snf", null));
		Encounter stay = new Encounter();
		stay.getHospitalization().setDestination(new Reference("Location/unit"));

		var none = ReceivingSettings.discharge(stay, this::read);
		assertThat(none.endpoint()).isNull();
		assertThat(none.recipient()).isEqualTo("Organization/snf");

		store(endpoint("snf-ep", Endpoint.EndpointStatus.ACTIVE));
		var found = ReceivingSettings.discharge(stay, this::read);
		assertThat(found.endpoint().getIdElement().getIdPart()).isEqualTo("snf-ep");
		assertThat(found.recipient()).as("a Location cannot be a Communication's recipient").isEqualTo("Organization/snf");
		assertThat(found.via()).isEqualTo("Organization/snf");
	}

	private Optional<Resource> read(Reference reference) {
		return Optional.ofNullable(stored.get(PatientRecord.key(reference)));
	}

	private void store(Resource resource) {
		stored.put(PatientRecord.key(resource), resource);
	}

	private static Endpoint endpoint(String id, Endpoint.EndpointStatus status) {
		Endpoint endpoint = new Endpoint().setStatus(status).setAddress("https://" + id + ".example.org/fhir");
		endpoint.setId(id);
		return endpoint;
	}

	private static Organization organization(String id, String endpoint) {
		Organization organization = new Organization();
		organization.setId(id);
		organization.addEndpoint(new Reference("Endpoint/" + endpoint));
		return organization;
	}

	private static Location location(String id, String organization, String endpoint) {
		Location location = new Location().setManagingOrganization(new Reference("Organization/" + organization));
		location.setId(id);
		if (endpoint != null) {
			location.addEndpoint(new Reference("Endpoint/" + endpoint));
		}
		return location;
	}
}
