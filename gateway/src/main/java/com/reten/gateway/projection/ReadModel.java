package com.reten.gateway.projection;

import java.util.List;

/**
 * The tables one processor writes and nothing else writes, parents before children (a switch
 * deletes in reverse order and copies in this order, so foreign keys hold throughout).
 */
record ReadModel(String processor, List<String> tables) {

  /** The schema a replay rebuilds this read model in, beside the live one. */
  String shadowSchema() {
    return "replay_" + processor.replace('-', '_');
  }

  /** This model's key in PostgreSQL advisory locks: the same on every instance. */
  int lockKey() {
    return processor.hashCode();
  }

  /** The token name of the processor that rebuilds this read model. */
  String rebuildProcessor() {
    return processor + "@replay";
  }
}
