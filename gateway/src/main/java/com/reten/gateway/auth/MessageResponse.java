package com.reten.gateway.auth;

/** A confirmation with nothing else to return. */
record MessageResponse(String message) {}
