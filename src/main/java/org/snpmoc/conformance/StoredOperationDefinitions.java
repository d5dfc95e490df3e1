package org.snpmoc.conformance;

import ca.uhn.fhir.context.support.IValidationSupport;
import ca.uhn.fhir.jpa.api.config.JpaStorageSettings;
import ca.uhn.fhir.jpa.api.dao.DaoRegistry;
import ca.uhn.fhir.jpa.api.dao.IFhirSystemDao;
import ca.uhn.fhir.jpa.provider.JpaCapabilityStatementProvider;
import ca.uhn.fhir.rest.annotation.IdParam;
import ca.uhn.fhir.rest.annotation.Read;
import ca.uhn.fhir.rest.api.server.RequestDetails;
import ca.uhn.fhir.rest.server.RestfulServer;
import ca.uhn.fhir.rest.server.exceptions.ResourceNotFoundException;
import ca.uhn.fhir.rest.server.util.ISearchParamRegistry;
import org.hl7.fhir.instance.model.api.IBaseResource;
import org.hl7.fhir.instance.model.api.IIdType;
import org.hl7.fhir.r4.model.OperationDefinition;

/**
 * HAPI's capability statement provider, except that {@code GET OperationDefinition/{id}} serves the stored
 * OperationDefinitions (the IG's {@code moc-evaluate}, {@code moc-gaps}) before the ones HAPI generates from the
 * operation providers. HAPI's own read answers 404 for every stored OperationDefinition.
 */
public final class StoredOperationDefinitions extends JpaCapabilityStatementProvider {
	private final DaoRegistry daos;

	public StoredOperationDefinitions(RestfulServer server, IFhirSystemDao<?, ?> systemDao, JpaStorageSettings settings,
			ISearchParamRegistry searchParams, IValidationSupport validationSupport, DaoRegistry daos) {
		super(server, systemDao, settings, searchParams, validationSupport);
		this.daos = daos;
	}

	@Override
	@Read(typeName = "OperationDefinition")
	public IBaseResource readOperationDefinition(@IdParam IIdType id, RequestDetails request) {
		try {
			return daos.getResourceDao(OperationDefinition.class).read(id.toUnqualifiedVersionless(), request);
		} catch (ResourceNotFoundException notStored) {
			return super.readOperationDefinition(id, request);
		}
	}
}
