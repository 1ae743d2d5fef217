package com.reten.api.commerce;

import java.util.UUID;

/** A command on an existing commerce; the commerce refuses one from another tenant as not found. */
public interface CommerceCommand {

  UUID tenantId();

  UUID commerceId();
}
