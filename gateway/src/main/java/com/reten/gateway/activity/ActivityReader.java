package com.reten.gateway.activity;

import com.reten.api.activity.ActivityView;
import com.reten.api.activity.FindActivityAsOfQuery;
import com.reten.api.activity.FindActivityQuery;
import com.reten.api.error.ErrorCode;
import com.reten.api.error.RetenException;
import com.reten.gateway.security.Caller;
import com.reten.gateway.web.Versions;
import java.net.URI;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.Optional;
import java.util.UUID;
import org.axonframework.messaging.responsetypes.ResponseTypes;
import org.axonframework.queryhandling.QueryGateway;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Component;

/** Reads one activity of the caller's tenant for the activity controllers. */
@Component
class ActivityReader {

  private final QueryGateway queries;

  ActivityReader(QueryGateway queries) {
    this.queries = queries;
  }

  ActivityView find(Caller caller, UUID id) {
    return current(caller, id).orElseThrow(() -> RetenException.notFound("Activity"));
  }

  private Optional<ActivityView> current(Caller caller, UUID id) {
    return queries
        .query(
            new FindActivityQuery(caller.tenantId(), id),
            ResponseTypes.optionalInstanceOf(ActivityView.class))
        .join();
  }

  /**
   * The activity as it was at {@code asOf} (ISO instant) or at {@code version}, rebuilt from its
   * events, with the version reached as the ETag; the current activity when neither is given.
   */
  ResponseEntity<ActivityResponse> atPoint(Caller caller, UUID id, String asOf, String version) {
    if (asOf == null && version == null) {
      return versioned(ResponseEntity.ok(), caller, id);
    }
    if (asOf != null && version != null) {
      throw new RetenException(ErrorCode.VALIDATION_FAILED, "Give as_of or version, not both");
    }
    ActivityView view =
        queries
            .query(
                new FindActivityAsOfQuery(caller.tenantId(), id, instant(asOf), number(version)),
                ResponseTypes.optionalInstanceOf(ActivityView.class))
            .join()
            .orElseThrow(() -> RetenException.notFound("Activity"));
    return ResponseEntity.ok().eTag(Versions.etag(view.version())).body(ActivityResponse.of(view));
  }

  private static Instant instant(String asOf) {
    if (asOf == null) {
      return null;
    }
    try {
      return OffsetDateTime.parse(asOf).toInstant();
    } catch (DateTimeParseException e) {
      throw new RetenException(
          ErrorCode.VALIDATION_FAILED, "as_of must be an ISO-8601 time such as 2026-12-01T10:00Z");
    }
  }

  private static Long number(String version) {
    if (version == null) {
      return null;
    }
    try {
      long number = Long.parseLong(version);
      if (number >= 0) {
        return number;
      }
    } catch (NumberFormatException e) {
      // reported below
    }
    throw new RetenException(ErrorCode.VALIDATION_FAILED, "version must be a whole number >= 0");
  }

  /**
   * 201 with the activity just created. The activity read model is written in the transaction that
   * stored the activity's events, so it has the activity once the command returned.
   */
  ResponseEntity<ActivityResponse> created(URI location, Caller caller, UUID id) {
    return versioned(ResponseEntity.created(location), caller, id);
  }

  /** The activity as the body, its version as the ETag. */
  ResponseEntity<ActivityResponse> versioned(
      ResponseEntity.BodyBuilder response, Caller caller, UUID id) {
    ActivityView view = find(caller, id);
    return response.eTag(Versions.etag(view.version())).body(ActivityResponse.of(view));
  }
}
