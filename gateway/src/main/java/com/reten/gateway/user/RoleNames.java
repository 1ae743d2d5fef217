package com.reten.gateway.user;

import com.reten.api.security.Role;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Role names as requests send them: any case (API.md 2.3 accepts lowercase names), checked by bean
 * validation so an unknown name is a 400 naming the list entry.
 */
final class RoleNames {

  static final String PATTERN = "(?i)SUPER_ADMIN|ADMIN|FDE|VIEWER";
  static final String MESSAGE = "must be one of ADMIN, FDE, VIEWER";

  private RoleNames() {}

  static Set<Role> parse(List<String> names) {
    return names.stream()
        .map(name -> Role.valueOf(name.toUpperCase(Locale.ROOT)))
        .collect(Collectors.toUnmodifiableSet());
  }
}
