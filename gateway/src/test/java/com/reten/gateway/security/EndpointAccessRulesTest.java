package com.reten.gateway.security;

import static org.assertj.core.api.Assertions.assertThat;

import com.reten.gateway.support.IntegrationTest;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.web.method.HandlerMethod;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;

/**
 * Every Reten endpoint declares exactly one access rule. The probe's deliberately unguarded
 * endpoint must be the only one found, which also proves this test can fail.
 */
class EndpointAccessRulesTest extends IntegrationTest {

  @Autowired
  @Qualifier("requestMappingHandlerMapping")
  RequestMappingHandlerMapping mappings;

  @Test
  void everyEndpointDeclaresExactlyOneAccessRule() {
    List<HandlerMethod> reten =
        mappings.getHandlerMethods().values().stream().filter(AccessRules::governs).toList();

    List<String> withoutRule =
        reten.stream().filter(method -> !declaresOneRule(method)).map(this::name).toList();

    assertThat(reten).hasSizeGreaterThan(8);
    assertThat(withoutRule).containsExactly("AccessProbeController.unguarded");
  }

  private boolean declaresOneRule(HandlerMethod method) {
    try {
      AccessRules.of(method);
      return true;
    } catch (IllegalStateException e) {
      return false;
    }
  }

  private String name(HandlerMethod method) {
    return method.getBeanType().getSimpleName() + "." + method.getMethod().getName();
  }
}
