package com.reten.commandside.dispatchconfig;

import static java.nio.charset.StandardCharsets.UTF_8;

import com.reten.api.activity.ActivityChannel;
import com.reten.api.dispatch.ChannelDefinition;
import com.reten.api.dispatch.FieldType;
import com.reten.api.dispatch.RegisterDispatchProviderCommand;
import com.reten.api.dispatch.SchemaField;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.UUID;

/**
 * The providers every Reten starts with (API.md §5.2): MOCK, accepting everything on every channel
 * in-process, and YOM over REST for SALESMAN and CALLCENTER. Ids derive from the code, so they are
 * the same on every node and database.
 */
final class SeededProviders {

  static final String YOM = "YOM";

  /** Settings every channel understands: §5.4's signature secret and §4.4's client hook. */
  static final List<SchemaField> COMMON_SETTINGS =
      List.of(
          new SchemaField(
              ConfigRules.SIGNING_SECRET, "Request signing secret", FieldType.SECRET, false),
          new SchemaField(ConfigRules.HOOK_URL, "Client hook URL", FieldType.URL, false));

  private SeededProviders() {}

  static UUID idOf(String code) {
    return UUID.nameUUIDFromBytes(("dispatch-provider:" + code).getBytes(UTF_8));
  }

  static List<RegisterDispatchProviderCommand> all(Instant at) {
    var mockChannels =
        Arrays.stream(ActivityChannel.values())
            .map(channel -> new ChannelDefinition(channel, List.of(), COMMON_SETTINGS))
            .toList();
    var yomCredentials = List.of(new SchemaField("apiKey", "API key", FieldType.SECRET, true));
    var yomChannels =
        List.of(ActivityChannel.SALESMAN, ActivityChannel.CALLCENTER).stream()
            .map(channel -> new ChannelDefinition(channel, yomCredentials, COMMON_SETTINGS))
            .toList();
    return List.of(
        new RegisterDispatchProviderCommand(
            idOf(ProviderTerms.MOCK),
            ProviderTerms.MOCK,
            "Mock provider",
            "REST",
            mockChannels,
            at),
        new RegisterDispatchProviderCommand(idOf(YOM), YOM, "YOM", "REST", yomChannels, at));
  }
}
