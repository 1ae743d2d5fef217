package com.reten.gateway.security;

import com.reten.api.error.ErrorCode;
import com.reten.api.error.RetenException;
import com.reten.api.user.CallerView;
import com.reten.api.user.FindCallerQuery;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.util.UUID;
import org.axonframework.messaging.responsetypes.ResponseTypes;
import org.axonframework.queryhandling.QueryGateway;
import org.springframework.stereotype.Component;
import org.springframework.web.method.HandlerMethod;
import org.springframework.web.servlet.HandlerInterceptor;

/**
 * The one gate every Reten endpoint passes: authenticates the caller, resolves the active tenant
 * and checks the endpoint's declared access rule. An endpoint that declares no rule is refused, so
 * forgetting one can never open it.
 */
@Component
class AccessInterceptor implements HandlerInterceptor {

  static final String CALLER_ATTRIBUTE = Caller.class.getName();
  private static final String TENANT_HEADER = "x-tenant-id";
  private static final String BEARER = "Bearer ";

  private final JwtCodec jwt;
  private final QueryGateway queries;

  AccessInterceptor(JwtCodec jwt, QueryGateway queries) {
    this.jwt = jwt;
    this.queries = queries;
  }

  @Override
  public boolean preHandle(
      HttpServletRequest request, HttpServletResponse response, Object handler) {
    if (!(handler instanceof HandlerMethod method) || !AccessRules.governs(method)) {
      return true;
    }
    AccessRule rule = AccessRules.of(method);
    if (rule.isPublic()) {
      return true;
    }
    Caller caller = new Caller(authenticate(request), activeTenant(request, rule));
    if (caller.activeTenantId() != null
        && !caller.superAdmin()
        && !caller.belongsTo(caller.activeTenantId())) {
      throw new RetenException(
          ErrorCode.TENANT_ACCESS_DENIED, "You do not have access to this tenant");
    }
    if (rule.permission() != null && !caller.holds(rule.permission())) {
      throw new RetenException(
          ErrorCode.PERMISSION_DENIED, "Missing permission " + rule.permission().name());
    }
    request.setAttribute(CALLER_ATTRIBUTE, caller);
    return true;
  }

  private CallerView authenticate(HttpServletRequest request) {
    String header = request.getHeader("Authorization");
    if (header == null || !header.startsWith(BEARER)) {
      throw new RetenException(ErrorCode.UNAUTHENTICATED, "Authentication required");
    }
    UUID userId = jwt.verify(header.substring(BEARER.length()).trim());
    return queries
        .query(new FindCallerQuery(userId), ResponseTypes.optionalInstanceOf(CallerView.class))
        .join()
        .orElseThrow(
            () -> new RetenException(ErrorCode.UNAUTHENTICATED, "Invalid or expired token"));
  }

  private static UUID activeTenant(HttpServletRequest request, AccessRule rule) {
    String header = request.getHeader(TENANT_HEADER);
    if (header == null || header.isBlank()) {
      if (rule.tenantScoped()) {
        throw new RetenException(ErrorCode.VALIDATION_FAILED, "x-tenant-id header is required");
      }
      return null;
    }
    if (!rule.tenantScoped() && rule.permission() != null) {
      return null;
    }
    try {
      return UUID.fromString(header.trim());
    } catch (IllegalArgumentException e) {
      throw new RetenException(ErrorCode.VALIDATION_FAILED, "x-tenant-id must be a UUID");
    }
  }
}
