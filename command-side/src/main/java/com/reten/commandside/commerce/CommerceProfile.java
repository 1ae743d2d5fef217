package com.reten.commandside.commerce;

import com.reten.api.commerce.CommerceRegisteredEvent;
import com.reten.api.commerce.CommerceUpdatedEvent;
import com.reten.api.error.ErrorCode;
import com.reten.api.error.RetenException;
import com.reten.commandside.common.Metadata;
import java.util.Map;

/** The descriptive part of a commerce, compared as a whole to tell whether an update changes it. */
record CommerceProfile(
    String name, String taxId, String globalExternalId, Map<String, Object> metadata) {

  static CommerceProfile of(
      String name, String taxId, String globalExternalId, Map<String, Object> metadata) {
    return new CommerceProfile(
        requireName(name), clean(taxId), clean(globalExternalId), Metadata.merge(metadata, null));
  }

  static CommerceProfile of(CommerceRegisteredEvent event) {
    return new CommerceProfile(
        event.name(), event.taxId(), event.globalExternalId(), event.metadata());
  }

  static CommerceProfile of(CommerceUpdatedEvent event) {
    return new CommerceProfile(
        event.name(), event.taxId(), event.globalExternalId(), event.metadata());
  }

  /**
   * This profile with the given changes: {@code null} keeps a field, an empty tax id or global id
   * removes it, and metadata changes are merged key by key.
   */
  CommerceProfile with(
      String newName, String newTaxId, String newGlobalExternalId, Map<String, Object> changes) {
    return new CommerceProfile(
        newName == null ? name : requireName(newName),
        newTaxId == null ? taxId : clean(newTaxId),
        newGlobalExternalId == null ? globalExternalId : clean(newGlobalExternalId),
        changes == null ? metadata : Metadata.merge(metadata, changes));
  }

  private static String requireName(String name) {
    if (name == null || name.isBlank()) {
      throw new RetenException(ErrorCode.VALIDATION_FAILED, "name must not be blank");
    }
    return name.trim();
  }

  /** A trimmed optional value; blank is absent. */
  static String clean(String value) {
    return value == null || value.isBlank() ? null : value.trim();
  }
}
