package com.reten.api.operator;

/** What an operator does in the field. */
public enum OperatorType {
  SALESMAN,
  ACTIVATOR,
  CALLCENTER
}
