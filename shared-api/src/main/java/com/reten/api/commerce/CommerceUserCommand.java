package com.reten.api.commerce;

import java.util.UUID;

/** A command on one user of a commerce. */
public interface CommerceUserCommand extends CommerceCommand {

  UUID userId();
}
