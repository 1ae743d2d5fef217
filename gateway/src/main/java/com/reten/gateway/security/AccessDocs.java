package com.reten.gateway.security;

import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.Operation;
import io.swagger.v3.oas.models.media.StringSchema;
import io.swagger.v3.oas.models.parameters.HeaderParameter;
import io.swagger.v3.oas.models.responses.ApiResponse;
import io.swagger.v3.oas.models.security.SecurityRequirement;
import io.swagger.v3.oas.models.security.SecurityScheme;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.springdoc.core.customizers.GlobalOperationCustomizer;
import org.springdoc.core.customizers.OpenApiCustomizer;
import org.springframework.core.annotation.AnnotatedElementUtils;
import org.springframework.stereotype.Component;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.method.HandlerMethod;

/**
 * Writes each operation's access rule into the OpenAPI document from the same annotations the
 * interceptor enforces: which credentials it takes, the {@code x-tenant-id} header, and the 401 and
 * 403 it can answer. A public operation declares no security at all. Also declares the two security
 * schemes, so their names live in one place.
 */
@Component
class AccessDocs implements GlobalOperationCustomizer, OpenApiCustomizer {

  static final String BEARER = "bearer";
  static final String API_KEY = "apiKey";

  /** The two credentials the operations' requirements name. */
  @Override
  public void customise(OpenAPI api) {
    api.getComponents()
        .addSecuritySchemes(
            BEARER,
            new SecurityScheme()
                .type(SecurityScheme.Type.HTTP)
                .scheme("bearer")
                .bearerFormat("JWT"))
        .addSecuritySchemes(
            API_KEY,
            new SecurityScheme()
                .type(SecurityScheme.Type.APIKEY)
                .in(SecurityScheme.In.HEADER)
                .name(ApiKeyAuthenticator.HEADER));
  }

  @Override
  public Operation customize(Operation operation, HandlerMethod method) {
    if (!AccessRules.governs(method)) {
      return operation;
    }
    AccessRule rule = AccessRules.of(method);
    if (rule.isPublic()) {
      operation.setSecurity(List.of());
      return operation;
    }
    operation.setSecurity(security(rule, integrationOnly(method)));
    boolean declared =
        operation.getParameters() != null
            && operation.getParameters().stream()
                .anyMatch(p -> AccessInterceptor.TENANT_HEADER.equals(p.getName()));
    // An operation answering two media types is customised once per handler method.
    if ((rule.tenantScoped() || rule.permission() == null) && !declared) {
      operation.addParametersItem(tenantHeader(rule));
    }
    operation.getResponses().addApiResponse("401", new ApiResponse().description(UNAUTHORIZED));
    operation.getResponses().addApiResponse("403", new ApiResponse().description(FORBIDDEN));
    return operation;
  }

  private static final String UNAUTHORIZED =
      "No valid credentials: missing, malformed, expired or revoked token or API key.";
  private static final String FORBIDDEN =
      "The caller lacks the permission, does not belong to the x-tenant-id tenant, or calls a"
          + " route its kind of credential may not use.";

  /** API keys call tenant routes only; {@code /api/integration/**} takes nothing else. */
  private static List<SecurityRequirement> security(AccessRule rule, boolean integrationOnly) {
    List<SecurityRequirement> security = new ArrayList<>();
    if (!integrationOnly) {
      security.add(new SecurityRequirement().addList(BEARER));
    }
    if (rule.tenantScoped()) {
      security.add(new SecurityRequirement().addList(API_KEY));
    }
    return security;
  }

  private static boolean integrationOnly(HandlerMethod method) {
    RequestMapping mapping =
        AnnotatedElementUtils.findMergedAnnotation(method.getBeanType(), RequestMapping.class);
    return mapping != null
        && Arrays.stream(mapping.path())
            .anyMatch(path -> (path + "/").startsWith(AccessInterceptor.INTEGRATION_PATHS));
  }

  private static HeaderParameter tenantHeader(AccessRule rule) {
    HeaderParameter header = new HeaderParameter();
    header.setName(AccessInterceptor.TENANT_HEADER);
    header.setRequired(false);
    header.setSchema(new StringSchema().format("uuid"));
    header.setDescription(
        rule.tenantScoped()
            ? "The tenant to act in: required with a bearer token (400 without it, 403 for a"
                + " tenant the caller does not belong to); with an API key the key's own tenant"
                + " is used and another tenant here is 403."
            : "Optional: narrows the answer to this tenant of the caller's.");
    return header;
  }
}
