package org.snpmoc.exchange;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;
import org.hl7.fhir.r4.model.Encounter;
import org.hl7.fhir.r4.model.Endpoint;
import org.hl7.fhir.r4.model.Location;
import org.hl7.fhir.r4.model.Organization;
import org.hl7.fhir.r4.model.Reference;
import org.hl7.fhir.r4.model.Resource;
import org.snpmoc.compliance.PatientRecord;

/**
 * The setting a transition-of-care document goes to, and its FHIR Endpoint. On admission the admitting setting:
 * the stay's Location's endpoint, that Location's managing Organization's, then the serviceProvider's; the
 * Communication names the serviceProvider, as 2E.3 looks for it. On discharge the next setting: the destination
 * Location's endpoint, then its managing Organization's; the Communication names the destination.
 */
final class ReceivingSettings {
	/** The setting the Communication names, the one whose Endpoint was found, and that Endpoint (null: none). */
	record Target(String recipient, String via, Endpoint endpoint) {}

	private ReceivingSettings() {}

	static Target admission(Encounter stay, Function<Reference, Optional<Resource>> read) {
		List<Reference> candidates = new ArrayList<>();
		stay.getLocation().stream().filter(l -> l.hasLocation()).map(l -> l.getLocation()).forEach(location -> {
			candidates.add(location);
			read.apply(location).filter(Location.class::isInstance).map(Location.class::cast)
					.filter(Location::hasManagingOrganization).ifPresent(l -> candidates.add(l.getManagingOrganization()));
		});
		if (stay.hasServiceProvider()) {
			candidates.add(stay.getServiceProvider());
		}
		String recipient = stay.hasServiceProvider() ? PatientRecord.key(stay.getServiceProvider())
				: candidates.isEmpty() ? null : PatientRecord.key(candidates.get(0));
		return find(recipient, candidates, read);
	}

	static Target discharge(Encounter stay, Function<Reference, Optional<Resource>> read) {
		Reference destination = stay.getHospitalization().getDestination();
		List<Reference> candidates = new ArrayList<>(List.of(destination));
		read.apply(destination).filter(Location.class::isInstance).map(Location.class::cast)
				.filter(Location::hasManagingOrganization).ifPresent(l -> candidates.add(l.getManagingOrganization()));
		String recipient = candidates.size() > 1 ? PatientRecord.key(candidates.get(1)) : PatientRecord.key(destination);
		return find(recipient, candidates, read);
	}

	private static Target find(String recipient, List<Reference> candidates, Function<Reference, Optional<Resource>> read) {
		for (Reference setting : candidates) {
			Optional<Resource> resource = read.apply(setting);
			List<Reference> endpoints = resource.map(ReceivingSettings::endpointsOf).orElse(List.of());
			for (Reference ref : endpoints) {
				Optional<Endpoint> endpoint = read.apply(ref).filter(Endpoint.class::isInstance).map(Endpoint.class::cast)
						.filter(ReceivingSettings::usable);
				if (endpoint.isPresent()) {
					return new Target(recipient, PatientRecord.key(setting), endpoint.get());
				}
			}
		}
		return new Target(recipient, null, null);
	}

	private static List<Reference> endpointsOf(Resource setting) {
		if (setting instanceof Location location) {
			return location.getEndpoint();
		}
		if (setting instanceof Organization organization) {
			return organization.getEndpoint();
		}
		return List.of();
	}

	/** Whether the setting can be named as a Communication's recipient (an Organization; a Location cannot). */
	static boolean recordable(String recipient) {
		return recipient != null && recipient.startsWith("Organization/");
	}

	/** An Endpoint that may be sent to: active, with an address. */
	static boolean usable(Endpoint endpoint) {
		return endpoint.getStatus() == Endpoint.EndpointStatus.ACTIVE && endpoint.hasAddress();
	}
}
