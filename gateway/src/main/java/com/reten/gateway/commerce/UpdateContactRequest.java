package com.reten.gateway.commerce;

/** The contact fields a PATCH may change; the value is checked against the contact's type. */
record UpdateContactRequest(String value, Boolean isPrimary, Boolean isActive) {}
