package com.reten.gateway.config;

import static org.assertj.core.api.Assertions.assertThat;

import com.reten.gateway.support.IntegrationTest;
import com.reten.gateway.support.TaskWorld;
import java.util.concurrent.atomic.AtomicInteger;
import org.axonframework.common.jdbc.ConnectionProvider;
import org.axonframework.common.transaction.Transaction;
import org.axonframework.common.transaction.TransactionManager;
import org.axonframework.eventsourcing.eventstore.jdbc.EventSchema;
import org.axonframework.eventsourcing.eventstore.jdbc.JdbcEventStorageEngine;
import org.axonframework.serialization.Serializer;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;

/** Tracking reads of the event stream start no transaction; the engine's other work still does. */
class PlainReadsStorageEngineTest extends IntegrationTest {

  @Autowired private ConnectionProvider connections;
  @Autowired private TransactionManager transactions;
  @Autowired private Serializer serializer;
  @Autowired private EventSchema schema;

  @Autowired
  @Qualifier("eventSerializer")
  private Serializer eventSerializer;

  @Test
  void streamReadsRunWithoutATransactionAndOtherReadsWithOne() {
    TaskWorld.create(api, asRoot()).task("stored");
    Counting counting = new Counting(transactions);
    JdbcEventStorageEngine engine =
        PlainReadsStorageEngine.build(
            JdbcEventStorageEngine.builder()
                .connectionProvider(connections)
                .schema(schema)
                .eventSerializer(eventSerializer)
                .snapshotSerializer(serializer),
            counting);

    assertThat(engine.readEvents(null, false).limit(3).count()).isEqualTo(3);
    assertThat(counting.started).as("transactions for the stream's fetches").hasValue(0);

    assertThat(engine.createHeadToken()).isNotNull();
    assertThat(counting.started).as("a transaction for the head token's query").hasValue(1);
  }

  private record Counting(TransactionManager delegate, AtomicInteger started)
      implements TransactionManager {
    Counting(TransactionManager delegate) {
      this(delegate, new AtomicInteger());
    }

    @Override
    public Transaction startTransaction() {
      started.incrementAndGet();
      return delegate.startTransaction();
    }
  }
}
