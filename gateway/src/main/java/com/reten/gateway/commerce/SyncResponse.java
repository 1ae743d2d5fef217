package com.reten.gateway.commerce;

import com.reten.api.commerce.CommerceSyncResult;

/** What a sync did: commerces created, items that matched an existing commerce, items in all. */
record SyncResponse(int created, int updated, int total) {

  static SyncResponse of(CommerceSyncResult result) {
    return new SyncResponse(result.created(), result.updated(), result.total());
  }
}
