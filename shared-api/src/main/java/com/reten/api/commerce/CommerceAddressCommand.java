package com.reten.api.commerce;

import java.util.UUID;

/** A command on one address of a commerce. */
public interface CommerceAddressCommand extends CommerceCommand {

  UUID addressId();
}
