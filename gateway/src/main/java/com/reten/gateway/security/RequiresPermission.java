package com.reten.gateway.security;

import com.reten.api.security.Permission;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * The caller must hold {@link #value()}. On a {@link Scope#TENANT} route the permission must come
 * from the caller's role in the {@code x-tenant-id} tenant (required); on a {@link Scope#PLATFORM}
 * route, from SUPER_ADMIN or a role in any of the caller's tenants.
 *
 * <p>Every Reten endpoint carries exactly one of this, {@link SignedIn} or {@link PublicEndpoint};
 * one with none is refused at run time and fails {@code EndpointAccessRulesTest}.
 */
@Target(ElementType.METHOD)
@Retention(RetentionPolicy.RUNTIME)
public @interface RequiresPermission {

  Permission value();

  Scope scope() default Scope.TENANT;

  /** Where the permission must be held. */
  enum Scope {
    TENANT,
    PLATFORM
  }
}
