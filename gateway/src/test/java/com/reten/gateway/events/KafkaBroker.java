package com.reten.gateway.events;

import com.reten.queryside.testsupport.TestDatabase;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Properties;
import java.util.stream.Stream;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.header.Header;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.springframework.kafka.test.EmbeddedKafkaKraftBroker;

/**
 * An embedded KRaft broker with Reten's topic, for the tests that run the app with Kafka
 * publication on: arguments for such an app on a fresh database, and consumers of the topic.
 */
final class KafkaBroker implements AutoCloseable {

  static final String TOPIC = "reten.events";

  private final EmbeddedKafkaKraftBroker broker;

  private KafkaBroker(EmbeddedKafkaKraftBroker broker) {
    this.broker = broker;
  }

  static KafkaBroker start() {
    var broker = new EmbeddedKafkaKraftBroker(1, 1, TOPIC);
    broker.afterPropertiesSet();
    return new KafkaBroker(broker);
  }

  String address() {
    return broker.getBrokersAsString();
  }

  /** Arguments of an app on a new database publishing to {@code bootstrapServers}. */
  static String[] appArgs(String bootstrapServers, String... more) {
    return Stream.concat(
            Stream.of(
                "--spring.datasource.url=" + TestDatabase.createDatabase(),
                "--spring.datasource.username=" + TestDatabase.user(),
                "--spring.datasource.password=" + TestDatabase.password(),
                "--reten.kafka.enabled=true",
                "--reten.kafka.bootstrap-servers=" + bootstrapServers),
            Stream.of(more))
        .toArray(String[]::new);
  }

  /** A consumer of the topic from its start, in consumer group {@code group}. */
  KafkaConsumer<String, byte[]> consumer(String group) {
    Properties props = new Properties();
    props.put(ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, address());
    props.put(ConsumerConfig.GROUP_ID_CONFIG, group);
    props.put(ConsumerConfig.AUTO_OFFSET_RESET_CONFIG, "earliest");
    props.put(ConsumerConfig.KEY_DESERIALIZER_CLASS_CONFIG, StringDeserializer.class);
    props.put(ConsumerConfig.VALUE_DESERIALIZER_CLASS_CONFIG, ByteArrayDeserializer.class);
    KafkaConsumer<String, byte[]> consumer = new KafkaConsumer<>(props);
    consumer.subscribe(List.of(TOPIC));
    return consumer;
  }

  static String header(ConsumerRecord<?, ?> record, String name) {
    Header header = record.headers().lastHeader(name);
    return header == null ? null : new String(header.value(), StandardCharsets.UTF_8);
  }

  @Override
  public void close() {
    broker.destroy();
  }
}
