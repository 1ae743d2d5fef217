package com.reten.gateway.web;

/** Placeholder until the web conventions land. */
public final class RequestId {
  private RequestId() {}

  public static String current() {
    return null;
  }
}
