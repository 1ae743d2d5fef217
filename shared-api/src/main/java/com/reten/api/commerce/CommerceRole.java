package com.reten.api.commerce;

/** What a person does at a commerce; activities target commerce users by these roles. */
public enum CommerceRole {
  OWNER,
  ORDERS,
  FINANCE,
  ATTENTION,
  ADMIN,
  COMMERCE_REP,
  OTHER
}
