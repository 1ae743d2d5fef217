package com.reten.commandside.dispatchconfig;

import com.reten.api.dispatch.ChannelDefinition;

/**
 * What a tenant config must meet to use a provider for one channel.
 *
 * @param code the provider's code ({@code MOCK} needs no base URL)
 * @param active whether the provider may be used
 * @param definition the channel's definition
 */
record ProviderTerms(String code, boolean active, ChannelDefinition definition) {

  static final String MOCK = "MOCK";

  boolean mock() {
    return MOCK.equals(code);
  }
}
