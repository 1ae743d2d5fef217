package com.reten.commandside.config;

import com.reten.api.error.RetenException;
import org.axonframework.commandhandling.CommandExecutionException;
import org.axonframework.commandhandling.CommandMessage;
import org.axonframework.messaging.InterceptorChain;
import org.axonframework.messaging.MessageHandlerInterceptor;
import org.axonframework.messaging.unitofwork.UnitOfWork;

/**
 * Carries a {@link RetenException}'s code across the command bus as {@code
 * CommandExecutionException} details, so callers see the same error whether the handler ran locally
 * or on another node.
 */
class CommandErrorInterceptor implements MessageHandlerInterceptor<CommandMessage<?>> {

  @Override
  public Object handle(UnitOfWork<? extends CommandMessage<?>> unitOfWork, InterceptorChain chain)
      throws Exception {
    try {
      return chain.proceed();
    } catch (RetenException e) {
      throw new CommandExecutionException(e.getMessage(), e, e.details());
    }
  }
}
