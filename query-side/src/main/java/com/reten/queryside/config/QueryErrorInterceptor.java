package com.reten.queryside.config;

import com.reten.api.error.RetenException;
import org.axonframework.messaging.InterceptorChain;
import org.axonframework.messaging.MessageHandlerInterceptor;
import org.axonframework.messaging.unitofwork.UnitOfWork;
import org.axonframework.queryhandling.QueryExecutionException;
import org.axonframework.queryhandling.QueryMessage;

/**
 * Carries a {@link RetenException}'s code across the query bus as {@code QueryExecutionException}
 * details, the query-side twin of the command side's error interceptor.
 */
class QueryErrorInterceptor implements MessageHandlerInterceptor<QueryMessage<?, ?>> {

  @Override
  public Object handle(UnitOfWork<? extends QueryMessage<?, ?>> unitOfWork, InterceptorChain chain)
      throws Exception {
    try {
      return chain.proceed();
    } catch (RetenException e) {
      throw new QueryExecutionException(e.getMessage(), e, e.details());
    }
  }
}
