package com.reten.queryside.config;

import org.axonframework.messaging.MessageHandlerInterceptor;
import org.axonframework.queryhandling.QueryMessage;
import org.springframework.boot.autoconfigure.domain.EntityScan;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.data.jpa.repository.config.EnableJpaRepositories;

/** Read-model persistence and query-bus wiring; JPA entities live in the query side only. */
@Configuration
@EntityScan("com.reten.queryside")
@EnableJpaRepositories("com.reten.queryside")
public class QuerySideConfig {

  /** Axon's Spring Boot starter registers every such bean on the query bus. */
  @Bean
  MessageHandlerInterceptor<QueryMessage<?, ?>> queryErrorInterceptor() {
    return new QueryErrorInterceptor();
  }
}
