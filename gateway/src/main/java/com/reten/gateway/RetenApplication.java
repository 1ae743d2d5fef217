package com.reten.gateway;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;

/** Reten's API: the one Spring Boot application that wires the command and query sides. */
@SpringBootApplication(scanBasePackages = "com.reten")
@ConfigurationPropertiesScan("com.reten")
public class RetenApplication {

  public static void main(String[] args) {
    // Axon's update checker calls home over the network; Reten deployments must not do that
    // unasked. -Daxoniq.update-checker.disabled=false turns it back on.
    System.getProperties().putIfAbsent("axoniq.update-checker.disabled", "true");
    // Nor does it use AxonIQ Console, whose advertisement would open every log.
    System.getProperties().putIfAbsent("disable-axoniq-console-message", "true");
    SpringApplication.run(RetenApplication.class, args);
  }
}
