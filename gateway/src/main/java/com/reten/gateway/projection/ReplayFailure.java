package com.reten.gateway.projection;

/** Why a replay failed, in words safe to show a client (no SQL, no row values). */
final class ReplayFailure extends RuntimeException {

  ReplayFailure(String message) {
    super(message);
  }
}
