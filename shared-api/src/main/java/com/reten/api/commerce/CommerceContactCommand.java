package com.reten.api.commerce;

import java.util.UUID;

/** A command on one contact of a commerce user. */
public interface CommerceContactCommand extends CommerceUserCommand {

  UUID contactId();
}
