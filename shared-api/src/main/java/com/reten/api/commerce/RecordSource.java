package com.reten.api.commerce;

/** Who supplied a directory record: people through Reten, or an integration (sync, ERP). */
public enum RecordSource {
  RETEN,
  INTEGRATION
}
