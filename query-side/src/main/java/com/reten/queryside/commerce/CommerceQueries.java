package com.reten.queryside.commerce;

import com.reten.api.commerce.CommerceContactView;
import com.reten.api.commerce.CommercePage;
import com.reten.api.commerce.CommerceUserView;
import com.reten.api.commerce.CommerceView;
import com.reten.api.commerce.FindCommerceQuery;
import com.reten.api.commerce.ListCommercesQuery;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.stream.Collectors;
import org.axonframework.queryhandling.QueryHandler;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Sort;
import org.springframework.stereotype.Component;

/** Reads of the commerce directory, always within one tenant. */
@Component
class CommerceQueries {

  private static final Sort NEWEST_FIRST =
      Sort.by(Sort.Order.desc("createdAt"), Sort.Order.desc("id"));

  private final CommerceRows commerces;
  private final CommerceAddressRows addresses;
  private final CommerceUserRows users;
  private final CommerceContactRows contacts;

  CommerceQueries(
      CommerceRows commerces,
      CommerceAddressRows addresses,
      CommerceUserRows users,
      CommerceContactRows contacts) {
    this.commerces = commerces;
    this.addresses = addresses;
    this.users = users;
    this.contacts = contacts;
  }

  @QueryHandler
  CommercePage handle(ListCommercesQuery query) {
    int page = (int) (query.offset() / query.limit());
    var found =
        commerces.findAll(
            CommerceFilters.of(query), PageRequest.of(page, query.limit(), NEWEST_FIRST));
    return new CommercePage(
        found.getContent().stream().map(CommerceRow::toSummary).toList(), found.getTotalElements());
  }

  @QueryHandler
  Optional<CommerceView> handle(FindCommerceQuery query) {
    return commerces
        .findByIdAndTenantId(query.commerceId(), query.tenantId())
        .map(
            row ->
                row.toView(
                    addresses.findByCommerceIdOrderByPositionAsc(row.getId()).stream()
                        .map(CommerceAddressRow::toView)
                        .toList(),
                    usersOf(row.getId())));
  }

  private List<CommerceUserView> usersOf(UUID commerceId) {
    Map<UUID, List<CommerceContactView>> contactsByUser =
        contacts.findByCommerceIdOrderByPositionAsc(commerceId).stream()
            .collect(
                Collectors.groupingBy(
                    CommerceContactRow::userId,
                    LinkedHashMap::new,
                    Collectors.mapping(CommerceContactRow::toView, Collectors.toList())));
    return users.findByCommerceIdOrderByPositionAsc(commerceId).stream()
        .map(user -> user.toView(contactsByUser.getOrDefault(user.getId(), List.of())))
        .toList();
  }
}
