package com.reten.gateway.web;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.MapperFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.servlet.DispatcherType;
import jakarta.servlet.Filter;
import jakarta.validation.Path;
import jakarta.validation.TraversableResolver;
import java.lang.annotation.ElementType;
import java.time.Instant;
import java.util.EnumSet;
import java.util.List;
import org.apache.catalina.core.StandardHost;
import org.springframework.boot.autoconfigure.jackson.Jackson2ObjectMapperBuilderCustomizer;
import org.springframework.boot.autoconfigure.validation.ValidationConfigurationCustomizer;
import org.springframework.boot.web.embedded.tomcat.TomcatServletWebServerFactory;
import org.springframework.boot.web.server.WebServerFactoryCustomizer;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;
import org.springframework.format.FormatterRegistry;
import org.springframework.web.method.support.HandlerMethodArgumentResolver;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;

/**
 * Wires the API conventions of API.md section 1. It is a WebMvcConfigurer so that
 * {@code @WebMvcTest} slices of feature controllers pick it up, and with it the same filters and
 * errors.
 */
@Configuration(proxyBeanMethods = false)
class WebConfig implements WebMvcConfigurer {

  static final long MAX_BODY_BYTES = 1024 * 1024;

  // Before Spring Security (-100) so that 401/403 and 413 answers carry a request id too.
  static final int REQUEST_ID_ORDER = Ordered.HIGHEST_PRECEDENCE + 10;
  static final int BODY_LIMIT_ORDER = REQUEST_ID_ORDER + 1;
  static final int PARAMETER_ALIAS_ORDER = REQUEST_ID_ORDER + 2;
  static final int QUERY_TEXT_ORDER = REQUEST_ID_ORDER + 3;
  static final int CONTENT_TYPE_ORDER = REQUEST_ID_ORDER + 4;
  // Last of this package's filters: the checks above refuse a request before its body is read.
  static final int BODY_PREFETCH_ORDER = REQUEST_ID_ORDER + 5;

  @Override
  public void addFormatters(FormatterRegistry registry) {
    registry.addFormatterForFieldType(Instant.class, InstantBounds.formatter());
  }

  @Override
  public void addArgumentResolvers(List<HandlerMethodArgumentResolver> resolvers) {
    resolvers.add(new PageParamsArgumentResolver());
  }

  /**
   * Every property is checked. The validator only sees request bodies (entities are not validated
   * at flush), yet with JPA on the classpath Hibernate Validator asks JPA, per property, whether it
   * is loaded before checking it: ~1.5 % of a create's CPU (JFR, 2026-12-07).
   */
  @Bean
  ValidationConfigurationCustomizer traverseEveryProperty() {
    return configuration -> configuration.traversableResolver(new TraverseAll());
  }

  private static final class TraverseAll implements TraversableResolver {
    @Override
    public boolean isReachable(
        Object bean, Path.Node property, Class<?> rootType, Path path, ElementType type) {
      return true;
    }

    @Override
    public boolean isCascadable(
        Object bean, Path.Node property, Class<?> rootType, Path path, ElementType type) {
      return true;
    }
  }

  @Bean
  ErrorClassifier errorClassifier() {
    return new ErrorClassifier();
  }

  @Bean
  ApiErrorWriter apiErrorWriter(ObjectMapper objectMapper) {
    return new ApiErrorWriter(objectMapper);
  }

  @Bean
  Jackson2ObjectMapperBuilderCustomizer snakeCaseRequestAliases() {
    return builder ->
        builder
            // API.md 1.3 makes ignoring unknown fields a contract, not a Boot default to rely on.
            .failOnUnknownProperties(false)
            // Registered last so the aliases sit behind Jackson's own annotations (@JsonAlias
            // wins).
            .postConfigurer(mapper -> mapper.registerModule(SnakeCaseAliases.module()));
  }

  /**
   * API.md 1.3: a value of the wrong JSON type is a 400, never converted. Jackson's defaults coerce
   * (123 into "123", 1767225600 into true, 1.5 into 1, "" into a null date), ignore what follows
   * the document and let the last of two equal keys win; this mapper reads only what clients send,
   * events have a mapper of their own.
   */
  @Bean
  Jackson2ObjectMapperBuilderCustomizer strictInput() {
    return builder ->
        builder
            .featuresToEnable(
                DeserializationFeature.FAIL_ON_TRAILING_TOKENS,
                DeserializationFeature.FAIL_ON_NUMBERS_FOR_ENUMS,
                DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES,
                JsonParser.Feature.STRICT_DUPLICATE_DETECTION)
            .featuresToDisable(
                MapperFeature.ALLOW_COERCION_OF_SCALARS, DeserializationFeature.ACCEPT_FLOAT_AS_INT)
            .postConfigurer(StrictInput::configure);
  }

  // A new factory per builder: ObjectMapper binds its factory to itself, so none may be shared.
  @Bean
  Jackson2ObjectMapperBuilderCustomizer refuseUnstorableText() {
    return builder -> builder.factory(new GuardedJsonFactory());
  }

  /** Tomcat's own answers (before any filter runs) in Reten's error body: see the valve. */
  @Bean
  WebServerFactoryCustomizer<TomcatServletWebServerFactory> jsonErrorReports() {
    return factory ->
        factory.addContextCustomizers(
            context ->
                ((StandardHost) context.getParent())
                    .setErrorReportValveClass(JsonErrorReportValve.class.getName()));
  }

  @Bean
  FilterRegistrationBean<RequestIdFilter> requestIdFilter() {
    return register(new RequestIdFilter(), REQUEST_ID_ORDER);
  }

  @Bean
  FilterRegistrationBean<RequestBodyLimitFilter> requestBodyLimitFilter(ApiErrorWriter writer) {
    return register(new RequestBodyLimitFilter(MAX_BODY_BYTES, writer), BODY_LIMIT_ORDER);
  }

  @Bean
  FilterRegistrationBean<ParameterAliasFilter> parameterAliasFilter() {
    return register(new ParameterAliasFilter(), PARAMETER_ALIAS_ORDER);
  }

  @Bean
  FilterRegistrationBean<QueryTextFilter> queryTextFilter(ApiErrorWriter writer) {
    return register(new QueryTextFilter(writer), QUERY_TEXT_ORDER);
  }

  @Bean
  FilterRegistrationBean<ContentTypeFilter> contentTypeFilter(ApiErrorWriter writer) {
    return register(new ContentTypeFilter(writer), CONTENT_TYPE_ORDER);
  }

  static <F extends Filter> FilterRegistrationBean<F> register(F filter, int order) {
    FilterRegistrationBean<F> registration = new FilterRegistrationBean<>(filter);
    registration.setOrder(order);
    registration.setDispatcherTypes(
        EnumSet.of(DispatcherType.REQUEST, DispatcherType.ASYNC, DispatcherType.ERROR));
    return registration;
  }
}
