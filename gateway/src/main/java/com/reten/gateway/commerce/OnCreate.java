package com.reten.gateway.commerce;

/** Validation group of rules that hold only when a resource is created. */
interface OnCreate {}
