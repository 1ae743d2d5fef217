package com.reten.gateway.operator;

import com.reten.api.error.ErrorCode;
import com.reten.api.error.RetenException;
import com.reten.api.operator.FindOperatorQuery;
import com.reten.api.operator.OperatorType;
import com.reten.api.operator.OperatorView;
import com.reten.gateway.security.Caller;
import com.reten.gateway.web.Versions;
import java.util.Locale;
import java.util.UUID;
import org.axonframework.messaging.responsetypes.ResponseTypes;
import org.axonframework.queryhandling.QueryGateway;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Component;

/** Reads one operator of the caller's tenant, and the list's type filter, for the controller. */
@Component
class OperatorReader {

  private final QueryGateway queries;

  OperatorReader(QueryGateway queries) {
    this.queries = queries;
  }

  /** The operator as the body, its version as the ETag; 404 unless it is in the caller's tenant. */
  ResponseEntity<OperatorResponse> versioned(
      ResponseEntity.BodyBuilder response, Caller caller, UUID id) {
    OperatorView view =
        queries
            .query(
                new FindOperatorQuery(caller.tenantId(), id),
                ResponseTypes.optionalInstanceOf(OperatorView.class))
            .join()
            .orElseThrow(() -> RetenException.notFound("Operator"));
    return response.eTag(Versions.etag(view.version())).body(OperatorResponse.of(view));
  }

  /** The {@code type} query parameter in any case; {@code null} when absent. */
  static OperatorType type(String raw) {
    if (raw == null || raw.isBlank()) {
      return null;
    }
    try {
      return OperatorType.valueOf(raw.strip().toUpperCase(Locale.ROOT));
    } catch (IllegalArgumentException unknown) {
      throw new RetenException(
          ErrorCode.VALIDATION_FAILED,
          "Invalid value for parameter 'type': must be SALESMAN, ACTIVATOR or CALLCENTER");
    }
  }
}
