package com.reten.queryside.eventlog;

import java.time.Duration;
import java.util.HashMap;
import java.util.Map;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.boot.autoconfigure.kafka.KafkaProperties;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.ssl.SslBundles;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.kafka.core.DefaultKafkaProducerFactory;
import org.springframework.kafka.core.KafkaTemplate;
import org.springframework.kafka.core.ProducerFactory;

/**
 * Kafka publication of the event stream, made only with {@code reten.kafka.enabled=true}; without
 * it the app has no Kafka bean and no {@code kafka-publisher} processor (Spring Boot's own Kafka
 * auto-configuration is excluded in application.yml for that reason). The producer takes every
 * {@code spring.kafka.*} and {@code spring.kafka.producer.*} setting; {@code
 * reten.kafka.bootstrap-servers}, when set, wins over {@code spring.kafka.bootstrap-servers}.
 */
@Configuration
@ConditionalOnProperty(name = "reten.kafka.enabled", havingValue = "true")
@EnableConfigurationProperties(KafkaProperties.class)
class KafkaPublicationConfig {

  @Bean
  ProducerFactory<String, byte[]> eventProducerFactory(
      KafkaProperties kafka,
      ObjectProvider<SslBundles> sslBundles,
      @Value("${reten.kafka.bootstrap-servers:}") String bootstrapServers) {
    Map<String, Object> config =
        new HashMap<>(kafka.buildProducerProperties(sslBundles.getIfAvailable()));
    if (!bootstrapServers.isBlank()) {
      config.put(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers);
    }
    // At-least-once without reordering: every replica acknowledges, and retried batches are
    // neither duplicated nor overtaken by later ones. Explicit settings still win.
    config.putIfAbsent(ProducerConfig.ACKS_CONFIG, "all");
    config.putIfAbsent(ProducerConfig.ENABLE_IDEMPOTENCE_CONFIG, true);
    config.put(ProducerConfig.KEY_SERIALIZER_CLASS_CONFIG, StringSerializer.class);
    config.put(ProducerConfig.VALUE_SERIALIZER_CLASS_CONFIG, ByteArraySerializer.class);
    return new DefaultKafkaProducerFactory<>(config);
  }

  @Bean
  KafkaTemplate<String, byte[]> eventKafkaTemplate(ProducerFactory<String, byte[]> producers) {
    return new KafkaTemplate<>(producers);
  }

  @Bean
  KafkaEventPublisher kafkaEventPublisher(
      KafkaTemplate<String, byte[]> template,
      @Value("${reten.kafka.topic:reten.events}") String topic,
      @Value("${reten.kafka.send-timeout:30s}") Duration sendTimeout) {
    return new KafkaEventPublisher(template, topic, sendTimeout);
  }
}
