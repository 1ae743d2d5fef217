package com.reten.gateway.web;

import java.time.Duration;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The body read-ahead ({@link BodyPrefetchFilter}), apart from {@link WebConfig}: it needs a real
 * servlet container's non-blocking IO, which MockMvc's web slices do not have.
 */
@Configuration(proxyBeanMethods = false)
class BodyReadConfig {

  @Bean
  FilterRegistrationBean<BodyPrefetchFilter> bodyPrefetchFilter(
      @Value("${reten.http.body-read-timeout:20s}") Duration deadline, ApiErrorWriter writer) {
    return WebConfig.register(
        new BodyPrefetchFilter(deadline, writer), WebConfig.BODY_PREFETCH_ORDER);
  }
}
