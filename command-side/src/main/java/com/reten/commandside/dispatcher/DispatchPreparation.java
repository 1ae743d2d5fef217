package com.reten.commandside.dispatcher;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.springframework.stereotype.Component;

/**
 * The one place where target users and attributes meet dispatch (API.md §4.3, §4.4): ON_DISPATCH
 * resolution runs here before every attempt, and the request body's {@code targetUsers} and {@code
 * attributes} come from here. Until resolution exists, every activity is dispatchable and the body
 * carries none.
 */
@Component
class DispatchPreparation {

  /**
   * Resolves the activity's ON_DISPATCH targets and attributes before an attempt. Will send {@code
   * ResolveActivityForDispatchCommand(tenantId, activityId, at)} and return its answer: {@code
   * false} when the activity is not dispatchable (resolution failed and, through its own events,
   * took it out of READY); the job is then dropped, and rescheduled when the activity is READY
   * again. Returns {@code true} until that command exists.
   */
  boolean prepare(UUID tenantId, UUID activityId, Instant at) {
    return true;
  }

  /**
   * The body's {@code targetUsers} and {@code attributes} (key to value) once resolution has run.
   * Will read them from the activity's resolved targets and attributes; none until then.
   */
  ResolvedContent content(UUID tenantId, UUID activityId) {
    return ResolvedContent.NONE;
  }

  /**
   * What resolution found for a request body.
   *
   * @param targetUsers who at the commerce is contacted
   * @param attributes resolved attribute values by key
   */
  record ResolvedContent(List<TargetUser> targetUsers, Map<String, Object> attributes) {

    static final ResolvedContent NONE = new ResolvedContent(List.of(), Map.of());
  }

  /**
   * A resolved target user as §5.4's body lists it.
   *
   * @param commerceUserId the commerce user
   * @param name their name
   * @param contacts how to reach them
   */
  record TargetUser(UUID commerceUserId, String name, List<Contact> contacts) {}

  /**
   * One contact of a target user.
   *
   * @param contactType EMAIL, PHONE, WHATSAPP or OTHER
   * @param value the address or number
   * @param primary whether it is their primary one of that type
   */
  record Contact(String contactType, String value, boolean primary) {}
}
