package com.reten.gateway.activity;

/** Validation group of rules of POST /api/activities only, where the body names the type. */
interface Generic {}
