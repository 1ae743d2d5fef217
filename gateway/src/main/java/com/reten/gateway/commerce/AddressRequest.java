package com.reten.gateway.commerce;

import com.reten.api.commerce.AddressDetails;
import com.reten.api.commerce.RecordSource;
import io.swagger.v3.oas.annotations.media.Schema;
import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Null;
import jakarta.validation.constraints.Size;
import java.util.Locale;

/**
 * An address as created, changed ({@link OnUpdate}: source and source_ref may not be sent) or
 * synced (source defaults to INTEGRATION).
 */
record AddressRequest(
    @Schema(
            requiredMode = Schema.RequiredMode.NOT_REQUIRED,
            description =
                "Required when adding an address; not accepted when changing one; defaults to"
                    + " INTEGRATION in a sync")
        @NotNull(groups = OnCreate.class)
        @Null(groups = OnUpdate.class, message = "cannot be changed")
        RecordSource source,
    @Size(max = 255) String addressAlias,
    @Size(max = 255) String street,
    @Size(max = 50) String streetNumber,
    @Size(max = 50) String unit,
    @Size(max = 255) String city,
    @Size(max = 255) String commune,
    @Size(max = 255) String region,
    @CountryCode String countryCode,
    @Size(max = 1000) String formattedAddress,
    @DecimalMin("-90") @DecimalMax("90") Double latitude,
    @DecimalMin("-180") @DecimalMax("180") Double longitude,
    Boolean isPrimary,
    @Size(max = 255) @Null(groups = OnUpdate.class, message = "cannot be changed")
        String sourceRef) {

  AddressDetails details() {
    return new AddressDetails(
        addressAlias,
        street,
        streetNumber,
        unit,
        city,
        commune,
        region,
        countryCode == null ? null : countryCode.toUpperCase(Locale.ROOT),
        formattedAddress,
        latitude,
        longitude);
  }

  boolean primary() {
    return Boolean.TRUE.equals(isPrimary);
  }
}
