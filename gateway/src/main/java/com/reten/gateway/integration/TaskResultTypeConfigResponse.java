package com.reten.gateway.integration;

/** An active result-type code as integrations see it (API.md §4.6). */
record TaskResultTypeConfigResponse(String code, String label, boolean requiresFutureScheduledAt) {}
