package com.reten.gateway.operator;

/** What a sync did: operators created, items that matched an existing one, items sent. */
record OperatorSyncResponse(int created, int updated, int total) {}
