package com.reten.api.audit;

/** Who caused an event: a signed-in user, an integration's API key, or Reten itself. */
public enum ActorType {
  USER,
  API_KEY,
  SYSTEM
}
