package com.reten.gateway.commerce;

import com.reten.api.commerce.CommerceAddressView;
import com.reten.api.commerce.CommerceContactView;
import com.reten.api.commerce.CommercePage;
import com.reten.api.commerce.CommerceUserView;
import com.reten.api.commerce.CommerceView;
import com.reten.api.commerce.FindCommerceQuery;
import com.reten.api.commerce.ListCommercesQuery;
import com.reten.api.error.RetenException;
import com.reten.gateway.security.Caller;
import com.reten.gateway.web.Versions;
import java.net.URI;
import java.util.List;
import java.util.UUID;
import java.util.function.Function;
import org.axonframework.messaging.responsetypes.ResponseTypes;
import org.axonframework.queryhandling.QueryGateway;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Component;

/**
 * What the commerce controllers read, always in the caller's tenant. Every part of a commerce
 * carries the commerce's version as its ETag: they change in one aggregate.
 */
@Component
class CommerceReads {

  private final QueryGateway queries;

  CommerceReads(QueryGateway queries) {
    this.queries = queries;
  }

  CommercePage list(ListCommercesQuery query) {
    return queries.query(query, ResponseTypes.instanceOf(CommercePage.class)).join();
  }

  CommerceView commerce(Caller caller, UUID commerceId) {
    return queries
        .query(
            new FindCommerceQuery(caller.tenantId(), commerceId),
            ResponseTypes.optionalInstanceOf(CommerceView.class))
        .join()
        .orElseThrow(() -> RetenException.notFound("Commerce"));
  }

  /**
   * The {@code If-Match} version. When one is sent, the commerce is looked up first, so a stale
   * version of another tenant's commerce is a 404 like any other access to it, never a 409.
   */
  Long expectedVersion(String ifMatch, Caller caller, UUID commerceId) {
    Long expected = Versions.expected(ifMatch);
    if (expected != null) {
      commerce(caller, commerceId);
    }
    return expected;
  }

  static CommerceAddressView address(CommerceView commerce, UUID addressId) {
    return find(commerce.addresses(), CommerceAddressView::id, addressId, "Commerce address");
  }

  static CommerceUserView user(CommerceView commerce, UUID userId) {
    return find(commerce.users(), CommerceUserView::id, userId, "Commerce user");
  }

  static CommerceContactView contact(CommerceView commerce, UUID userId, UUID contactId) {
    return find(
        user(commerce, userId).contacts(), CommerceContactView::id, contactId, "Commerce contact");
  }

  static <T> ResponseEntity<T> ok(CommerceView commerce, T body) {
    return ResponseEntity.ok().eTag(Versions.etag(commerce.version())).body(body);
  }

  static <T> ResponseEntity<T> created(String location, CommerceView commerce, T body) {
    return ResponseEntity.created(URI.create(location))
        .eTag(Versions.etag(commerce.version()))
        .body(body);
  }

  private static <T> T find(List<T> items, Function<T, UUID> id, UUID wanted, String what) {
    return items.stream()
        .filter(item -> id.apply(item).equals(wanted))
        .findFirst()
        .orElseThrow(() -> RetenException.notFound(what));
  }
}
