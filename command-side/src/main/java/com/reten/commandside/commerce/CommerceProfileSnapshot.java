package com.reten.commandside.commerce;

import com.reten.api.commerce.AddressDetails;
import java.util.Optional;

/**
 * What other aggregates' handlers may read of a commerce's description (activity attributes).
 *
 * @param name its name
 * @param taxId its tax id, or {@code null}
 * @param primaryAddress its primary address, if any
 */
public record CommerceProfileSnapshot(
    String name, String taxId, Optional<AddressDetails> primaryAddress) {}
