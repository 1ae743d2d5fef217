package com.reten.gateway.web;

import static java.util.Comparator.comparing;
import static java.util.Comparator.naturalOrder;
import static java.util.Comparator.nullsFirst;

import jakarta.validation.ConstraintViolation;
import jakarta.validation.ConstraintViolationException;
import jakarta.validation.ElementKind;
import jakarta.validation.Path;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;
import org.springframework.core.MethodParameter;
import org.springframework.validation.Errors;
import org.springframework.validation.FieldError;
import org.springframework.validation.method.ParameterErrors;
import org.springframework.validation.method.ParameterValidationResult;
import org.springframework.web.bind.MethodArgumentNotValidException;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.method.annotation.HandlerMethodValidationException;

/**
 * Turns the three shapes Spring and Bean Validation report violations in into {@link
 * ApiError.Detail}s named as clients send them, sorted so the body is stable between runs.
 */
final class ValidationDetails {

  // Binding failures carry conversion messages that name Java types; clients get this instead.
  private static final String INVALID_VALUE = "Invalid value";

  private ValidationDetails() {}

  static boolean supports(Throwable ex) {
    return ex instanceof MethodArgumentNotValidException
        || ex instanceof HandlerMethodValidationException
        || ex instanceof ConstraintViolationException;
  }

  static List<ApiError.Detail> of(Throwable ex) {
    Stream<ApiError.Detail> details = Stream.empty();
    if (ex instanceof MethodArgumentNotValidException e) {
      details = fromErrors("", e.getBindingResult());
    } else if (ex instanceof HandlerMethodValidationException e) {
      details = e.getParameterValidationResults().stream().flatMap(ValidationDetails::fromResult);
    } else if (ex instanceof ConstraintViolationException e) {
      details = e.getConstraintViolations().stream().map(ValidationDetails::fromViolation);
    }
    return details
        .sorted(
            comparing(ApiError.Detail::field, nullsFirst(naturalOrder()))
                .thenComparing(ApiError.Detail::message, nullsFirst(naturalOrder())))
        .toList();
  }

  private static Stream<ApiError.Detail> fromErrors(String prefix, Errors errors) {
    Stream<ApiError.Detail> fields =
        errors.getFieldErrors().stream()
            .map(e -> new ApiError.Detail(prefix + FieldNames.snakePath(e.getField()), message(e)));
    Stream<ApiError.Detail> global =
        errors.getGlobalErrors().stream()
            .map(e -> new ApiError.Detail(null, messageOrDefault(e.getDefaultMessage())));
    return Stream.concat(fields, global);
  }

  private static Stream<ApiError.Detail> fromResult(ParameterValidationResult result) {
    if (result instanceof ParameterErrors errors) {
      Integer index = errors.getContainerIndex();
      return fromErrors(index == null ? "" : "[" + index + "].", errors);
    }
    String name = FieldNames.snake(parameterName(result.getMethodParameter()));
    return result.getResolvableErrors().stream()
        .map(e -> new ApiError.Detail(name, messageOrDefault(e.getDefaultMessage())));
  }

  private static String parameterName(MethodParameter parameter) {
    return Stream.of(
            Optional.ofNullable(parameter.getParameterAnnotation(RequestParam.class))
                .map(RequestParam::name),
            Optional.ofNullable(parameter.getParameterAnnotation(PathVariable.class))
                .map(PathVariable::name),
            Optional.ofNullable(parameter.getParameterAnnotation(RequestHeader.class))
                .map(RequestHeader::name))
        .flatMap(Optional::stream)
        .filter(name -> !name.isEmpty())
        .findFirst()
        .orElseGet(() -> String.valueOf(parameter.getParameterName()));
  }

  private static ApiError.Detail fromViolation(ConstraintViolation<?> violation) {
    return new ApiError.Detail(field(violation.getPropertyPath()), violation.getMessage());
  }

  /** Drops the method and parameter nodes of a method-validation path; keeps the property path. */
  private static String field(Path path) {
    StringBuilder field = new StringBuilder();
    String parameter = null;
    for (Path.Node node : path) {
      switch (node.getKind()) {
        case METHOD, CONSTRUCTOR, CROSS_PARAMETER, RETURN_VALUE -> {
          continue;
        }
        case PARAMETER -> {
          parameter = node.getName();
          continue;
        }
        default -> {}
      }
      if (node.isInIterable()) {
        field.append('[').append(node.getIndex() != null ? node.getIndex() : node.getKey());
        field.append(']');
      }
      if (node.getName() != null && node.getKind() != ElementKind.CONTAINER_ELEMENT) {
        field.append(field.isEmpty() ? "" : ".").append(FieldNames.snake(node.getName()));
      }
    }
    return field.isEmpty() && parameter != null ? FieldNames.snake(parameter) : field.toString();
  }

  private static String message(FieldError error) {
    return error.isBindingFailure() ? INVALID_VALUE : messageOrDefault(error.getDefaultMessage());
  }

  private static String messageOrDefault(String message) {
    return message == null ? INVALID_VALUE : message;
  }
}
