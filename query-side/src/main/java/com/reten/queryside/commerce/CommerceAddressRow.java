package com.reten.queryside.commerce;

import com.reten.api.commerce.AddressDetails;
import com.reten.api.commerce.CommerceAddressAddedEvent;
import com.reten.api.commerce.CommerceAddressView;
import com.reten.api.commerce.RecordSource;
import com.reten.queryside.common.InsertableRow;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.UUID;

@Entity
@Table(name = "rm_commerce_address")
class CommerceAddressRow extends InsertableRow {

  @Id private UUID id;

  @Column(name = "commerce_id")
  private UUID commerceId;

  private long position;

  @Enumerated(EnumType.STRING)
  private RecordSource source;

  @Column(name = "source_ref")
  private String sourceRef;

  @Column(name = "address_alias")
  private String addressAlias;

  private String street;

  @Column(name = "street_number")
  private String streetNumber;

  private String unit;
  private String city;
  private String commune;
  private String region;

  @Column(name = "country_code")
  private String countryCode;

  @Column(name = "formatted_address")
  private String formattedAddress;

  private Double latitude;
  private Double longitude;

  @Column(name = "is_primary")
  private boolean primary;

  @Column(name = "is_active")
  private boolean active;

  @Column(name = "created_at")
  private Instant createdAt;

  @Column(name = "updated_at")
  private Instant updatedAt;

  protected CommerceAddressRow() {}

  CommerceAddressRow(CommerceAddressAddedEvent event, long position) {
    this.position = position;
    this.id = event.addressId();
    this.commerceId = event.commerceId();
    this.source = event.source();
    this.sourceRef = event.sourceRef();
    this.primary = event.primary();
    this.active = true;
    this.createdAt = event.addedAt();
    place(event.address(), event.addedAt());
  }

  @Override
  public UUID getId() {
    return id;
  }

  void place(AddressDetails address, Instant at) {
    addressAlias = address.addressAlias();
    street = address.street();
    streetNumber = address.streetNumber();
    unit = address.unit();
    city = address.city();
    commune = address.commune();
    region = address.region();
    countryCode = address.countryCode();
    formattedAddress = address.formattedAddress();
    latitude = address.latitude();
    longitude = address.longitude();
    updatedAt = at;
  }

  void primary(boolean primary, Instant at) {
    this.primary = primary;
    this.updatedAt = at;
  }

  void deactivate(Instant at) {
    active = false;
    primary(false, at);
  }

  CommerceAddressView toView() {
    var address =
        new AddressDetails(
            addressAlias,
            street,
            streetNumber,
            unit,
            city,
            commune,
            region,
            countryCode,
            formattedAddress,
            latitude,
            longitude);
    return new CommerceAddressView(
        id, source, sourceRef, address, primary, active, createdAt, updatedAt);
  }
}
