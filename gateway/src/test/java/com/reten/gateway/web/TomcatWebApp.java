package com.reten.gateway.web;

import org.springframework.boot.autoconfigure.ImportAutoConfiguration;
import org.springframework.boot.autoconfigure.context.PropertyPlaceholderAutoConfiguration;
import org.springframework.boot.autoconfigure.http.HttpMessageConvertersAutoConfiguration;
import org.springframework.boot.autoconfigure.jackson.JacksonAutoConfiguration;
import org.springframework.boot.autoconfigure.validation.ValidationAutoConfiguration;
import org.springframework.boot.autoconfigure.web.embedded.EmbeddedWebServerFactoryCustomizerAutoConfiguration;
import org.springframework.boot.autoconfigure.web.servlet.DispatcherServletAutoConfiguration;
import org.springframework.boot.autoconfigure.web.servlet.ServletWebServerFactoryAutoConfiguration;
import org.springframework.boot.autoconfigure.web.servlet.WebMvcAutoConfiguration;
import org.springframework.boot.autoconfigure.web.servlet.error.ErrorMvcAutoConfiguration;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Import;

/**
 * This package's web layer on a real Tomcat, with the test controller and nothing else of the
 * application: for what MockMvc cannot show (the /error forward, Tomcat's own refusals, chunked and
 * slow bodies, which need the container's non-blocking IO). server.tomcat.* applies.
 */
@TestConfiguration(proxyBeanMethods = false)
@ImportAutoConfiguration({
  ServletWebServerFactoryAutoConfiguration.class,
  EmbeddedWebServerFactoryCustomizerAutoConfiguration.class,
  DispatcherServletAutoConfiguration.class,
  WebMvcAutoConfiguration.class,
  HttpMessageConvertersAutoConfiguration.class,
  JacksonAutoConfiguration.class,
  ErrorMvcAutoConfiguration.class,
  ValidationAutoConfiguration.class,
  PropertyPlaceholderAutoConfiguration.class
})
@Import({
  WebConfig.class,
  BodyReadConfig.class,
  ApiExceptionHandler.class,
  ErrorPageController.class,
  WebTestController.class
})
class TomcatWebApp {}
