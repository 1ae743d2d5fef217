package com.reten.gateway.projection;

/** The dead-letter endpoints' OpenAPI descriptions, kept out of the controller. */
final class DeadLetterDocs {

  static final String LIST =
      "SUPER_ADMIN only. A tracking processor that cannot apply an event (the database refuses a"
          + " value, a handler fails) parks that event here with the later events of the same"
          + " aggregate (its sequence), so they are still applied in order, and goes on with every"
          + " other aggregate and tenant. Letters are listed oldest first, each sequence in order;"
          + " `cause` says what kind of failure it was (never the failure's text, which is in the"
          + " log under the event id) and is null for an event held back behind an earlier one."
          + " A processor without a queue (kafka-publisher, which halts and retries instead, and"
          + " the subscribing ones) lists none. 404 unknown processor.";

  static final String RETRY =
      "SUPER_ADMIN only. Applies parked events again, once the cause is fixed: each sequence in"
          + " order, one event per transaction. A sequence whose event fails again stays parked"
          + " from that event on, with its cause and retry count updated, and counts in"
          + " `stillFailing`; the others are applied and leave the queue. `remaining` is what the"
          + " processor still holds afterwards. 404 unknown processor or sequence.";

  static final String EVICT =
      "SUPER_ADMIN only. Deletes a parked sequence's events from the queue without applying"
          + " them: the read model goes on without them (later events of that aggregate are"
          + " applied as they come). The events stay in the event store; a replay of the"
          + " projection applies them again. 204; 404 unknown processor or sequence.";

  private DeadLetterDocs() {}
}
