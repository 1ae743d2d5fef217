package com.reten.api.user;

import java.util.Locale;

/** The one normalisation of e-mail addresses, so lookups and uniqueness agree everywhere. */
public final class EmailAddress {

  private EmailAddress() {}

  /** Trims and lower-cases an address; {@code null} stays {@code null}. */
  public static String normalize(String email) {
    return email == null ? null : email.trim().toLowerCase(Locale.ROOT);
  }
}
