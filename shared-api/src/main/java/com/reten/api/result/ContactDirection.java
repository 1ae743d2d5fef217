package com.reten.api.result;

/** Who reached out when a task was worked ({@code task_result.contact_type}). */
public enum ContactDirection {
  INBOUND,
  OUTBOUND
}
