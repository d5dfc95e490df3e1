package org.snpmoc.config;

/** Marks a Spring bean carrying HAPI {@code @Hook} methods on REST server pointcuts (SERVER_…). */
public interface ServerInterceptor {}
