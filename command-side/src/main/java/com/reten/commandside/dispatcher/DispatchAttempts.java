package com.reten.commandside.dispatcher;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import com.reten.api.activity.CompleteActivityDispatchCommand;
import com.reten.api.activity.FailActivityDispatchCommand;
import com.reten.api.audit.ActorType;
import com.reten.api.audit.EventMetadata;
import com.reten.api.dispatch.DispatchErrorCode;
import com.reten.api.dispatch.DispatchPartiesView;
import com.reten.api.dispatch.FindDispatchPartiesQuery;
import com.reten.commandside.activity.DispatchResult;
import com.reten.commandside.activity.DispatchTicket;
import com.reten.commandside.dispatchconfig.CredentialsCipher;
import com.reten.commandside.dispatchconfig.CredentialsCipher.UnreadableSecretException;
import io.micrometer.core.instrument.MeterRegistry;
import java.time.Clock;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import org.axonframework.commandhandling.GenericCommandMessage;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.axonframework.messaging.responsetypes.ResponseTypes;
import org.axonframework.queryhandling.QueryGateway;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * One attempt on a claimed job: prepare the activity, read what to send from the aggregates, call
 * the provider outside any transaction, and record the outcome as an event of the activity (actor
 * SYSTEM "dispatcher"). The job's next state follows from that event ({@link
 * DispatchJobScheduler}). If the attempt breaks off before its outcome is recorded, the job is
 * given back uncounted.
 */
@Component
class DispatchAttempts {

  static final String ACTOR = "dispatcher";
  private static final Logger log = LoggerFactory.getLogger(DispatchAttempts.class);
  private static final Map<String, String> AS_SYSTEM =
      Map.of(EventMetadata.ACTOR_TYPE, ActorType.SYSTEM.name(), EventMetadata.ACTOR_ID, ACTOR);

  private final CommandGateway commands;
  private final QueryGateway queries;
  private final DispatchJobs jobs;
  private final DispatchPreparation preparation;
  private final ProviderClient provider;
  private final CredentialsCipher cipher;
  private final DispatchProperties properties;
  private final MeterRegistry meters;
  private final Clock clock;
  private final ObjectMapper json =
      new ObjectMapper()
          .registerModule(new JavaTimeModule())
          .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS);

  DispatchAttempts(
      CommandGateway commands,
      QueryGateway queries,
      DispatchJobs jobs,
      DispatchPreparation preparation,
      ProviderClient provider,
      CredentialsCipher cipher,
      DispatchProperties properties,
      MeterRegistry meters,
      Clock clock) {
    this.commands = commands;
    this.queries = queries;
    this.jobs = jobs;
    this.preparation = preparation;
    this.provider = provider;
    this.cipher = cipher;
    this.properties = properties;
    this.meters = meters;
    this.clock = clock;
  }

  void run(ClaimedJob job) {
    try {
      if (!preparation.prepare(job.tenantId(), job.activityId(), clock.instant())) {
        jobs.finish(job);
        return;
      }
      DispatchOrder order =
          send(new OpenDispatchAttemptCommand(job.tenantId(), job.activityId(), clock.instant()));
      if (order.sendable()) {
        attempt(order);
      } else if (order.errorCode() != null) {
        fail(order, order.errorCode(), order.errorMessage(), false);
      } else {
        jobs.finish(job);
      }
    } catch (RuntimeException e) {
      log.warn(
          "Dispatch of activity {} broke off unrecorded ({}); it is retried in {}",
          job.activityId(),
          e.toString(),
          properties.releaseDelay());
      jobs.release(job, properties.releaseDelay());
    }
  }

  private void attempt(DispatchOrder order) {
    var target = order.target();
    Map<String, String> credentials;
    Optional<String> signingSecret;
    try {
      credentials = target.credentials(cipher);
      signingSecret = target.signingSecret(cipher);
    } catch (UnreadableSecretException e) {
      fail(order, DispatchErrorCode.CREDENTIALS_UNREADABLE, e.getMessage(), true);
      return;
    }
    String body = body(order.ticket());
    Map<String, String> headers = new LinkedHashMap<>();
    headers.put("Idempotency-Key", order.ticket().activityId().toString());
    headers.put("User-Agent", "Reten-Dispatcher/1");
    if (credentials.containsKey("apiKey")) {
      headers.put("x-api-key", credentials.get("apiKey"));
    }
    signingSecret.ifPresent(
        secret ->
            headers.put(
                RequestSignature.HEADER,
                RequestSignature.of(secret, clock.instant().getEpochSecond(), body)));
    ProviderReply reply = provider.send(order.providerCode(), target.baseUrl(), headers, body);
    meters
        .counter("reten.dispatch.attempts", "outcome", reply.accepted() ? "accepted" : "failed")
        .increment();
    if (reply.accepted()) {
      DispatchResult result =
          send(
              new CompleteActivityDispatchCommand(
                  order.ticket().tenantId(),
                  order.ticket().activityId(),
                  target.configId(),
                  reply.providerActivityId(),
                  clock.instant()));
      if (result == DispatchResult.IGNORED) {
        log.warn(
            "Activity {} was accepted by its provider after it left READY",
            order.ticket().activityId());
      }
    } else {
      fail(order, reply.errorCode(), reply.errorMessage(), true);
    }
  }

  private void fail(
      DispatchOrder order, DispatchErrorCode code, String message, boolean attempted) {
    log.info("Dispatch of activity {} failed: {} {}", order.ticket().activityId(), code, message);
    send(
        new FailActivityDispatchCommand(
            order.ticket().tenantId(),
            order.ticket().activityId(),
            order.configId(),
            code.name(),
            message,
            attempted,
            clock.instant()));
  }

  private String body(DispatchTicket ticket) {
    var details = ticket.details();
    DispatchPartiesView parties =
        queries
            .query(
                new FindDispatchPartiesQuery(
                    ticket.tenantId(),
                    details.commerceId(),
                    details.operatorId(),
                    details.routeId()),
                ResponseTypes.instanceOf(DispatchPartiesView.class))
            .join();
    var content = preparation.content(ticket.tenantId(), ticket.activityId());
    var commerce =
        parties.commerce() != null
            ? parties.commerce()
            : new DispatchPartiesView.Commerce(details.commerceId(), null, null, null);
    try {
      return json.writeValueAsString(
          new DispatchBody(
              ticket.activityId(),
              ticket.tenantId(),
              details.type(),
              details.channel(),
              details.reason(),
              details.scheduledAt(),
              commerce,
              parties.operator(),
              parties.route(),
              content.targetUsers(),
              content.attributes(),
              properties.resultCallbackUrl()));
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("Cannot write the dispatch body", e);
    }
  }

  private <R> R send(Object command) {
    return commands.sendAndWait(
        GenericCommandMessage.asCommandMessage(command).andMetaData(AS_SYSTEM));
  }
}
