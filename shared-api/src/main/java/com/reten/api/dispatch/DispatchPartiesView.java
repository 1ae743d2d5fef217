package com.reten.api.dispatch;

import java.util.UUID;

/**
 * The commerce, operator and route of an activity as a provider request shows them.
 *
 * @param commerce the commerce, or {@code null} when unknown
 * @param operator the operator, or {@code null}
 * @param route the route, or {@code null}
 */
public record DispatchPartiesView(Commerce commerce, Party operator, Party route) {

  /**
   * A commerce with its primary active address.
   *
   * @param id the commerce
   * @param externalId its external id
   * @param name its name
   * @param primaryAddress its primary address, or {@code null}
   */
  public record Commerce(UUID id, String externalId, String name, Address primaryAddress) {}

  /**
   * An operator or a route.
   *
   * @param id its id
   * @param externalId its external id, or {@code null}
   * @param name its name
   */
  public record Party(UUID id, String externalId, String name) {}

  /**
   * A postal address; every field may be {@code null}.
   *
   * @param street street
   * @param streetNumber number
   * @param unit unit
   * @param city city
   * @param commune commune
   * @param region region
   * @param countryCode ISO-3166 alpha-2
   * @param formattedAddress one-line form
   * @param latitude degrees
   * @param longitude degrees
   */
  public record Address(
      String street,
      String streetNumber,
      String unit,
      String city,
      String commune,
      String region,
      String countryCode,
      String formattedAddress,
      Double latitude,
      Double longitude) {}
}
