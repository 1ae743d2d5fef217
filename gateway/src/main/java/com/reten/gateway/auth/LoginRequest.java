package com.reten.gateway.auth;

import com.fasterxml.jackson.annotation.JsonAlias;
import jakarta.validation.constraints.NotBlank;

/**
 * Sign-in credentials.
 *
 * @param identifier the user's e-mail ({@code email} is accepted too)
 * @param password the password
 */
record LoginRequest(@NotBlank @JsonAlias("email") String identifier, @NotBlank String password) {}
