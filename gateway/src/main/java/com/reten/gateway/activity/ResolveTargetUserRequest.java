package com.reten.gateway.activity;

import jakarta.validation.constraints.NotNull;
import java.util.UUID;

/** The commerce user a target user is assigned by hand. */
record ResolveTargetUserRequest(@NotNull UUID commerceUserId) {}
