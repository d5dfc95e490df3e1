package org.snpmoc.exchange;

import ca.uhn.fhir.jpa.api.dao.DaoRegistry;
import ca.uhn.fhir.rest.api.server.SystemRequestDetails;
import ca.uhn.fhir.rest.server.exceptions.ResourceGoneException;
import ca.uhn.fhir.rest.server.exceptions.ResourceNotFoundException;
import java.util.Optional;
import org.hl7.fhir.r4.model.Encounter;
import org.hl7.fhir.r4.model.IdType;
import org.snpmoc.compliance.Trigger;
import org.snpmoc.compliance.Window;
import org.snpmoc.exchange.ExchangeOutbox.Event;
import org.snpmoc.transitions.WorkItemNotes;
import org.springframework.context.annotation.Lazy;
import org.springframework.stereotype.Component;

/** The 2E.3 work item of a stay whose receiving setting has no Endpoint tells the care manager to send the ICP another way. */
@Component
class TransferNotes implements WorkItemNotes {
	private final DaoRegistry daos;
	private final ExchangeService service;

	TransferNotes(DaoRegistry daos, @Lazy ExchangeService service) {
		this.daos = daos;
		this.service = service;
	}

	@Override
	public Optional<String> note(String factor, Window window) {
		Trigger trigger = window.trigger();
		if (!"2E.3".equals(factor) || trigger == null || !trigger.event().startsWith("Encounter/")) {
			return Optional.empty();
		}
		Event event = switch (trigger.kind()) {
			case ADMISSION -> Event.ADMISSION;
			case DISCHARGE -> Event.DISCHARGE;
			default -> null;
		};
		if (event == null) {
			return Optional.empty();
		}
		try {
			Encounter stay = daos.getResourceDao(Encounter.class).read(new IdType(trigger.event()), new SystemRequestDetails());
			return service.missingEndpoint(stay, event);
		} catch (ResourceNotFoundException | ResourceGoneException e) {
			return Optional.empty();
		}
	}
}
