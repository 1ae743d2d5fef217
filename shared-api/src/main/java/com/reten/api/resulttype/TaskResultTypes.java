package com.reten.api.resulttype;

import static java.nio.charset.StandardCharsets.UTF_8;

import java.util.List;
import java.util.UUID;
import java.util.regex.Pattern;

/** The result-type codes every tenant starts with, and where a tenant's codes are kept. */
public final class TaskResultTypes {

  /** What a code must look like. */
  public static final Pattern CODE = Pattern.compile("^[A-Za-z0-9_]{1,64}$");

  /** The code whose results reschedule the activity (seeded with a required future date). */
  public static final String RESCHEDULE = "RESCHEDULE";

  /** Seeded into every tenant, in this order. */
  public static final List<TaskResultTypeDefinition> DEFAULTS =
      List.of(
          new TaskResultTypeDefinition("SALE_COMPLETED", "Sale completed", false),
          new TaskResultTypeDefinition("NOT_INTERESTED", "Not interested", false),
          new TaskResultTypeDefinition(RESCHEDULE, "Reschedule", true),
          new TaskResultTypeDefinition("NO_CONTACT", "No contact", false));

  private TaskResultTypes() {}

  /**
   * The id of a tenant's result-type catalog. Derived, never the tenant's own id: the event store's
   * unique key is (aggregate id, sequence) across every aggregate type.
   */
  public static UUID catalogId(UUID tenantId) {
    return UUID.nameUUIDFromBytes(("task-result-types:" + tenantId).getBytes(UTF_8));
  }
}
