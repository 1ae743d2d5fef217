package com.reten.gateway.auth;

/** A fresh access token after a refresh. */
record AccessTokenResponse(String accessToken) {}
