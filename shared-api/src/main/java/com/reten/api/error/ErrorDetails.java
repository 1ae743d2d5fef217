package com.reten.api.error;

/**
 * What a {@link RetenException} leaves on Axon's {@code CommandExecutionException} or {@code
 * QueryExecutionException}, so the gateway can answer the same way whether the handler ran in this
 * JVM or on another node.
 *
 * @param code the error code
 * @param message a client-safe message
 */
public record ErrorDetails(ErrorCode code, String message) {}
