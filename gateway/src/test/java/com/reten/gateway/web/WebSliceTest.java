package com.reten.gateway.web;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.springframework.boot.test.autoconfigure.web.servlet.WebMvcTest;
import org.springframework.test.context.ContextConfiguration;

/**
 * A MockMvc slice holding only this package's beans and the test controller, so these tests do not
 * depend on (or break because of) the rest of the application's web layer.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@WebMvcTest
@ContextConfiguration(
    classes = {WebConfig.class, ApiExceptionHandler.class, WebTestController.class})
@interface WebSliceTest {}
