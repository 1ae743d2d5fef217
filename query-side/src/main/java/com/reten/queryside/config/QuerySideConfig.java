package com.reten.queryside.config;

import org.springframework.boot.autoconfigure.domain.EntityScan;
import org.springframework.context.annotation.Configuration;
import org.springframework.data.jpa.repository.config.EnableJpaRepositories;

/** Read-model persistence: JPA entities and repositories live in the query side only. */
@Configuration
@EntityScan("com.reten.queryside")
@EnableJpaRepositories("com.reten.queryside")
public class QuerySideConfig {}
