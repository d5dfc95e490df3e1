package org.snpmoc.config;

/**
 * Marks a Spring bean carrying HAPI {@code @Hook} methods on storage pointcuts (STORAGE_PRESTORAGE_…): it is
 * registered with the JPA interceptor service, so it sees every write, over REST or from inside the server.
 */
public interface StorageInterceptor {}
