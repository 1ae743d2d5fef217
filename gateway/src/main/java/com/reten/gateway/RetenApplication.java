package com.reten.gateway;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;

/** Reten's API: the one Spring Boot application that wires the command and query sides. */
@SpringBootApplication(scanBasePackages = "com.reten")
@ConfigurationPropertiesScan("com.reten")
public class RetenApplication {

  public static void main(String[] args) {
    SpringApplication.run(RetenApplication.class, args);
  }
}
