package org.snpmoc.config;

/** Marks a Spring bean whose HAPI {@code @Operation} methods the FHIR endpoint serves. */
public interface FhirOperationProvider {}
