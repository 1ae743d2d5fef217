package com.reten.api.activityconfig;

/** Who resolves an attribute's value (API.md §4.4). */
public enum AttributeResolverType {
  /** Reten itself, from the directory, for the seeded keys. */
  INTERNAL_SERVICE,
  /** The tenant's hook URL (dispatch settings {@code hookUrl}). */
  CLIENT_HOOK,
  /** The caller, in the create request. */
  CALLER_PROVIDED
}
