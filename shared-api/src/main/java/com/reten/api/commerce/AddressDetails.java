package com.reten.api.commerce;

/**
 * Where a commerce address is. Every part is optional; in an update, a {@code null} part is left as
 * it was.
 *
 * @param addressAlias a label such as "Bodega"
 * @param street street name
 * @param streetNumber number on the street
 * @param unit apartment, office or local
 * @param city city
 * @param commune commune or district
 * @param region region or state
 * @param countryCode ISO-3166 alpha-2, upper case
 * @param formattedAddress the whole address in one line
 * @param latitude −90 to 90
 * @param longitude −180 to 180
 */
public record AddressDetails(
    String addressAlias,
    String street,
    String streetNumber,
    String unit,
    String city,
    String commune,
    String region,
    String countryCode,
    String formattedAddress,
    Double latitude,
    Double longitude) {

  /** These details with every non-null part of {@code changes} put in place. */
  public AddressDetails with(AddressDetails changes) {
    if (changes == null) {
      return this;
    }
    return new AddressDetails(
        pick(changes.addressAlias, addressAlias),
        pick(changes.street, street),
        pick(changes.streetNumber, streetNumber),
        pick(changes.unit, unit),
        pick(changes.city, city),
        pick(changes.commune, commune),
        pick(changes.region, region),
        pick(changes.countryCode, countryCode),
        pick(changes.formattedAddress, formattedAddress),
        pick(changes.latitude, latitude),
        pick(changes.longitude, longitude));
  }

  private static <T> T pick(T changed, T current) {
    return changed != null ? changed : current;
  }
}
