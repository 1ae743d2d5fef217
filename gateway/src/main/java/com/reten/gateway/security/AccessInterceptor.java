package com.reten.gateway.security;

import com.reten.api.apikey.ApiKeyView;
import com.reten.api.error.ErrorCode;
import com.reten.api.error.RetenException;
import com.reten.api.user.CallerView;
import com.reten.api.user.FindCallerQuery;
import com.reten.gateway.web.RequestId;
import jakarta.servlet.DispatcherType;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.util.UUID;
import org.axonframework.messaging.responsetypes.ResponseTypes;
import org.axonframework.queryhandling.QueryGateway;
import org.springframework.stereotype.Component;
import org.springframework.web.method.HandlerMethod;
import org.springframework.web.servlet.HandlerInterceptor;

/**
 * The one gate every Reten endpoint passes: authenticates the caller (Bearer token or API key),
 * resolves the active tenant and checks the endpoint's declared access rule. An endpoint that
 * declares no rule is refused, so forgetting one can never open it.
 */
@Component
class AccessInterceptor implements HandlerInterceptor {

  static final String CALLER_ATTRIBUTE = Caller.class.getName();
  static final String TENANT_HEADER = "x-tenant-id";
  static final String INTEGRATION_PATHS = "/api/integration/";
  private static final String BEARER = "Bearer ";

  private final JwtCodec jwt;
  private final ApiKeyAuthenticator apiKeys;
  private final QueryGateway queries;
  private final RequestRateLimiter rateLimiter;

  AccessInterceptor(
      JwtCodec jwt,
      ApiKeyAuthenticator apiKeys,
      QueryGateway queries,
      RequestRateLimiter rateLimiter) {
    this.jwt = jwt;
    this.apiKeys = apiKeys;
    this.queries = queries;
    this.rateLimiter = rateLimiter;
  }

  @Override
  public boolean preHandle(
      HttpServletRequest request, HttpServletResponse response, Object handler) {
    if (!(handler instanceof HandlerMethod method) || !AccessRules.governs(method)) {
      return true;
    }
    if (request.getDispatcherType() == DispatcherType.ASYNC
        && request.getAttribute(CALLER_ATTRIBUTE) != null) {
      // The end of a streamed response (SSE), judged when it began: a token that expired while
      // streaming must not turn the already-sent stream into an error. A request whose body was
      // read ahead (web.BodyPrefetchFilter) reaches its handler first on an async dispatch, and
      // is judged there.
      return true;
    }
    AccessRule rule = AccessRules.of(method);
    if (rule.isPublic()) {
      return true;
    }
    String apiKey = request.getHeader(ApiKeyAuthenticator.HEADER);
    Caller caller = apiKey != null ? keyHolder(apiKey, request, rule) : signedInUser(request, rule);
    rateLimiter.admit(caller);
    if (rule.permission() != null && !caller.holds(rule.permission())) {
      throw new RetenException(
          ErrorCode.PERMISSION_DENIED, "Missing permission " + rule.permission().name());
    }
    request.setAttribute(CALLER_ATTRIBUTE, caller);
    RequestId.tenant(caller.tenantId());
    if (caller.viaApiKey()) {
      apiKeys.noteUse(caller.apiKey());
    }
    return true;
  }

  private Caller signedInUser(HttpServletRequest request, AccessRule rule) {
    String header = request.getHeader("Authorization");
    if (request.getRequestURI().startsWith(INTEGRATION_PATHS)) {
      throw new RetenException(ErrorCode.UNAUTHENTICATED, "This route requires an API key");
    }
    if (header == null || !header.startsWith(BEARER)) {
      throw new RetenException(ErrorCode.UNAUTHENTICATED, "Authentication required");
    }
    CallerView user = user(jwt.verify(header.substring(BEARER.length()).trim()));
    UUID tenant = activeTenant(request, rule);
    if (tenant != null && !user.superAdmin() && user.rolesIn(tenant).isEmpty()) {
      throw new RetenException(
          ErrorCode.TENANT_ACCESS_DENIED, "You do not have access to this tenant");
    }
    return new Caller(user, tenant, null);
  }

  /**
   * A key acts in its own tenant only, on tenant routes only, and only while its creator is still a
   * member there.
   */
  private Caller keyHolder(String presented, HttpServletRequest request, AccessRule rule) {
    ApiKeyView key = apiKeys.authenticate(presented);
    CallerView creator = user(key.userId());
    if (!creator.superAdmin() && creator.rolesIn(key.tenantId()).isEmpty()) {
      throw ApiKeyAuthenticator.invalid();
    }
    UUID requested = tenantHeader(request);
    if (requested != null && !requested.equals(key.tenantId())) {
      throw new RetenException(
          ErrorCode.TENANT_ACCESS_DENIED, "The API key does not belong to this tenant");
    }
    if (!rule.tenantScoped()) {
      throw new RetenException(ErrorCode.PERMISSION_DENIED, "API keys may only call tenant routes");
    }
    return new Caller(creator, key.tenantId(), key);
  }

  private CallerView user(UUID userId) {
    return queries
        .query(new FindCallerQuery(userId), ResponseTypes.optionalInstanceOf(CallerView.class))
        .join()
        .orElseThrow(
            () -> new RetenException(ErrorCode.UNAUTHENTICATED, "Invalid or expired token"));
  }

  private static UUID activeTenant(HttpServletRequest request, AccessRule rule) {
    if (!rule.tenantScoped() && rule.permission() != null) {
      return null;
    }
    UUID tenant = tenantHeader(request);
    if (tenant == null && rule.tenantScoped()) {
      throw new RetenException(ErrorCode.VALIDATION_FAILED, "x-tenant-id header is required");
    }
    return tenant;
  }

  private static UUID tenantHeader(HttpServletRequest request) {
    String header = request.getHeader(TENANT_HEADER);
    if (header == null || header.isBlank()) {
      return null;
    }
    try {
      return UUID.fromString(header.trim());
    } catch (IllegalArgumentException e) {
      throw new RetenException(ErrorCode.VALIDATION_FAILED, "x-tenant-id must be a UUID");
    }
  }
}
