package com.reten.gateway.web;

import io.swagger.v3.oas.models.Operation;
import io.swagger.v3.oas.models.media.IntegerSchema;
import io.swagger.v3.oas.models.parameters.Parameter;
import io.swagger.v3.oas.models.parameters.QueryParameter;
import io.swagger.v3.oas.models.responses.ApiResponse;
import io.swagger.v3.oas.models.responses.ApiResponses;
import java.util.Arrays;
import java.util.Locale;
import java.util.Set;
import org.springdoc.core.customizers.GlobalOperationCustomizer;
import org.springframework.core.annotation.AnnotatedElementUtils;
import org.springframework.stereotype.Component;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestMethod;
import org.springframework.web.method.HandlerMethod;

/**
 * What every Reten operation shares, written into the OpenAPI document: a stable operationId made
 * from its handler ({@code createActivity}), the page parameters of list endpoints, and the error
 * statuses it can answer (their body is {@code ApiError}, added by {@link ContractDocs}). Errors
 * are declared by what the operation takes, since that is what can fail: a path id can be unknown
 * (404), a body can be malformed, too large or not JSON (400, 413, 415), a write can conflict
 * (409); any request can be malformed (400), rate limited (429) or meet a lost database (503).
 */
@Component
class OperationDocs implements GlobalOperationCustomizer {

  private final RequestAliases aliases;

  OperationDocs(RequestAliases aliases) {
    this.aliases = aliases;
  }

  private static final Set<RequestMethod> WRITES =
      Set.of(RequestMethod.POST, RequestMethod.PUT, RequestMethod.PATCH, RequestMethod.DELETE);

  @Override
  public Operation customize(Operation operation, HandlerMethod method) {
    if (!method.getBeanType().getName().startsWith("com.reten.")) {
      return operation;
    }
    io.swagger.v3.oas.annotations.Operation declared =
        AnnotatedElementUtils.findMergedAnnotation(
            method.getMethod(), io.swagger.v3.oas.annotations.Operation.class);
    if (declared == null || declared.operationId().isEmpty()) {
      operation.setOperationId(operationId(method));
    }
    boolean paged =
        Arrays.stream(method.getMethodParameters())
            .anyMatch(parameter -> parameter.getParameterType() == PageParams.class);
    if (paged) {
      operation.addParametersItem(pageParameter("page", "1-based page number", 1, null, 1));
      operation.addParametersItem(
          pageParameter("limit", "Page size", 1, PageParams.MAX_LIMIT, PageParams.DEFAULT_LIMIT));
      operation.addParametersItem(
          pageParameter(
              "per_page",
              "Alias of limit (limit wins)",
              1,
              PageParams.MAX_LIMIT,
              PageParams.DEFAULT_LIMIT));
    }
    Arrays.stream(method.getMethodParameters())
        .filter(parameter -> parameter.hasParameterAnnotation(RequestBody.class))
        .forEach(parameter -> aliases.record(parameter.getGenericParameterType()));
    declareErrors(operation.getResponses(), method);
    return operation;
  }

  /**
   * The handler's verb and its controller's noun, {@code ActivityController.create} → {@code
   * createActivity}: stable while the code is, unlike springdoc's {@code create_3}. An explicit
   * {@code @Operation(operationId)} wins.
   */
  static String operationId(HandlerMethod method) {
    String noun = method.getBeanType().getSimpleName().replaceFirst("Controller$", "");
    String verb = method.getMethod().getName();
    return noun.isEmpty() || verb.toLowerCase(Locale.ROOT).endsWith(noun.toLowerCase(Locale.ROOT))
        ? verb
        : verb + noun;
  }

  private static Parameter pageParameter(
      String name, String description, int minimum, Integer maximum, int defaultValue) {
    IntegerSchema schema = new IntegerSchema();
    schema.setMinimum(java.math.BigDecimal.valueOf(minimum));
    if (maximum != null) {
      schema.setMaximum(java.math.BigDecimal.valueOf(maximum));
    }
    schema.setDefault(defaultValue);
    return new QueryParameter().name(name).description(description).schema(schema);
  }

  private static void declareErrors(ApiResponses responses, HandlerMethod method) {
    boolean hasBody = has(method, RequestBody.class);
    add(
        responses,
        "400",
        "Invalid input: the body, a parameter or a header (`details` name each"
            + " field at fault), or a rule the request breaks.");
    if (has(method, PathVariable.class) || hasBody) {
      add(responses, "404", "A resource the request names does not exist in the tenant.");
    }
    if (isWrite(method)) {
      add(responses, "409", "Conflict: a unique value taken, a stale If-Match, or a repeat.");
    }
    if (hasBody) {
      add(responses, "413", "The body is over 1 MiB.");
      add(responses, "415", "The body is not JSON.");
    }
    add(responses, "429", "Rate limit spent; retry after `Retry-After` seconds.");
    add(responses, "500", "An unexpected failure; the body says no more, the log says why.");
    add(
        responses,
        "503",
        isWrite(method)
            ? "The database is unreachable; retry after `Retry-After` seconds. The write's outcome"
                + " is unknown: it may have been stored before the connection was lost. Retry it"
                + " as it was (an activity with the same `idempotency_key`: a stored one answers"
                + " 409 naming it)."
            : "The database is unreachable; retry after `Retry-After` seconds.");
  }

  private static void add(ApiResponses responses, String status, String description) {
    if (!responses.containsKey(status)) {
      responses.addApiResponse(status, new ApiResponse().description(description));
    }
  }

  private static boolean has(
      HandlerMethod method, Class<? extends java.lang.annotation.Annotation> a) {
    return Arrays.stream(method.getMethodParameters()).anyMatch(p -> p.hasParameterAnnotation(a));
  }

  private static boolean isWrite(HandlerMethod method) {
    RequestMapping mapping =
        AnnotatedElementUtils.findMergedAnnotation(method.getMethod(), RequestMapping.class);
    return mapping != null && Arrays.stream(mapping.method()).anyMatch(WRITES::contains);
  }
}
