package com.reten.gateway.operator;

/** Field formats shared by the operator requests. */
final class OperatorFormats {

  static final String E164 = "^\\+[1-9]\\d{7,14}$";
  static final String E164_MESSAGE = "must be an E.164 number such as +56912345678";
  // For optional fields: absent is fine, present must hold more than spaces.
  static final String NOT_BLANK = "(?s).*\\S.*";

  private OperatorFormats() {}
}
