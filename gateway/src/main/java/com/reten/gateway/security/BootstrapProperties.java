package com.reten.gateway.security;

import jakarta.validation.constraints.NotBlank;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.validation.annotation.Validated;

/**
 * The first SUPER_ADMIN ({@code RETEN_BOOTSTRAP_EMAIL}, {@code RETEN_BOOTSTRAP_PASSWORD}). The
 * local profile supplies well-known defaults; every other profile refuses to start without them.
 *
 * @param email sign-in e-mail
 * @param password initial password
 */
@Validated
@ConfigurationProperties("reten.bootstrap")
record BootstrapProperties(@NotBlank String email, @NotBlank String password) {}
