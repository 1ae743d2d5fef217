package com.reten.gateway.security;

import org.springframework.boot.web.servlet.error.ErrorController;
import org.springframework.core.annotation.AnnotatedElementUtils;
import org.springframework.web.method.HandlerMethod;

/** Reads endpoints' access annotations; shared by the interceptor and the rules test. */
final class AccessRules {

  private static final String RETEN_PACKAGE = "com.reten.";

  private AccessRules() {}

  /**
   * Whether the endpoint is Reten's own (library endpoints such as the OpenAPI docs are not). The
   * error page is exempt: it renders the outcome of a request that was already judged, and gating
   * it would turn a 401 into a different error.
   */
  static boolean governs(HandlerMethod method) {
    return method.getBeanType().getName().startsWith(RETEN_PACKAGE)
        && !ErrorController.class.isAssignableFrom(method.getBeanType());
  }

  /** The rule declared on {@code method}; refuses an endpoint with none or with several. */
  static AccessRule of(HandlerMethod method) {
    var isPublic = AnnotatedElementUtils.hasAnnotation(method.getMethod(), PublicEndpoint.class);
    var signedIn = AnnotatedElementUtils.hasAnnotation(method.getMethod(), SignedIn.class);
    var permission =
        AnnotatedElementUtils.findMergedAnnotation(method.getMethod(), RequiresPermission.class);
    int declared = (isPublic ? 1 : 0) + (signedIn ? 1 : 0) + (permission != null ? 1 : 0);
    if (declared != 1) {
      throw new IllegalStateException(
          "Endpoint " + method.getShortLogMessage() + " must declare exactly one access rule");
    }
    if (permission != null) {
      return new AccessRule(
          false, permission.value(), permission.scope() == RequiresPermission.Scope.TENANT);
    }
    return new AccessRule(isPublic, null, false);
  }
}
