package com.reten.gateway.security;

import jakarta.servlet.http.HttpServletRequest;
import org.springframework.core.MethodParameter;
import org.springframework.web.bind.support.WebDataBinderFactory;
import org.springframework.web.context.request.NativeWebRequest;
import org.springframework.web.method.support.HandlerMethodArgumentResolver;
import org.springframework.web.method.support.ModelAndViewContainer;

/** Hands controllers the {@link Caller} that {@link AccessInterceptor} authenticated. */
class CallerArgumentResolver implements HandlerMethodArgumentResolver {

  @Override
  public boolean supportsParameter(MethodParameter parameter) {
    return parameter.getParameterType() == Caller.class;
  }

  @Override
  public Object resolveArgument(
      MethodParameter parameter,
      ModelAndViewContainer container,
      NativeWebRequest request,
      WebDataBinderFactory binderFactory) {
    Object caller =
        request
            .getNativeRequest(HttpServletRequest.class)
            .getAttribute(AccessInterceptor.CALLER_ATTRIBUTE);
    if (caller == null) {
      throw new IllegalStateException(
          "Caller requested on an endpoint whose access rule does not authenticate");
    }
    return caller;
  }
}
