package com.reten.commandside.dispatcher;

import com.reten.api.activity.CompleteActivityDispatchCommand;
import com.reten.api.activity.FailActivityDispatchCommand;
import com.reten.api.audit.ActorType;
import com.reten.api.audit.EventMetadata;
import com.reten.api.dispatch.DispatchErrorCode;
import com.reten.api.error.ErrorCode;
import com.reten.api.error.ErrorDetails;
import com.reten.commandside.activity.DispatchResult;
import com.reten.commandside.dispatchconfig.CredentialsCipher;
import com.reten.commandside.dispatchconfig.CredentialsCipher.UnreadableSecretException;
import io.micrometer.core.instrument.MeterRegistry;
import java.time.Clock;
import java.util.Map;
import org.axonframework.commandhandling.CommandExecutionException;
import org.axonframework.commandhandling.GenericCommandMessage;
import org.axonframework.commandhandling.gateway.CommandGateway;
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
  static final Map<String, String> AS_SYSTEM =
      Map.of(EventMetadata.ACTOR_TYPE, ActorType.SYSTEM.name(), EventMetadata.ACTOR_ID, ACTOR);

  private final CommandGateway commands;
  private final DispatchJobs jobs;
  private final DispatchPreparation preparation;
  private final DispatchBodies bodies;
  private final ProviderClient provider;
  private final CredentialsCipher cipher;
  private final DispatchProperties properties;
  private final MeterRegistry meters;
  private final Clock clock;

  DispatchAttempts(
      CommandGateway commands,
      DispatchJobs jobs,
      DispatchPreparation preparation,
      DispatchBodies bodies,
      ProviderClient provider,
      CredentialsCipher cipher,
      DispatchProperties properties,
      MeterRegistry meters,
      Clock clock) {
    this.commands = commands;
    this.jobs = jobs;
    this.preparation = preparation;
    this.bodies = bodies;
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
    } catch (CommandExecutionException e) {
      if (e.getDetails().orElse(null) instanceof ErrorDetails details
          && details.code() == ErrorCode.NOT_FOUND) {
        log.warn("Dropping the dispatch job of unknown activity {}", job.activityId());
        jobs.finish(job);
        return;
      }
      giveBack(job, e);
    } catch (RuntimeException e) {
      giveBack(job, e);
    }
  }

  /** The attempt broke off before its outcome was recorded: not counted, tried again later. */
  private void giveBack(ClaimedJob job, RuntimeException e) {
    log.warn(
        "Dispatch of activity {} broke off unrecorded ({}); it is retried in {}",
        job.activityId(),
        e.toString(),
        properties.releaseDelay());
    jobs.release(job, properties.releaseDelay());
  }

  private void attempt(DispatchOrder order) {
    var target = order.target();
    var ticket = order.ticket();
    ProviderRequest request;
    try {
      request =
          new ProviderRequest(
              order.providerCode(),
              target.baseUrl(),
              ticket.activityId().toString(),
              bodies.of(ticket),
              target.credentials(cipher),
              target.signingSecret(cipher));
    } catch (UnreadableSecretException e) {
      fail(order, DispatchErrorCode.CREDENTIALS_UNREADABLE, e.getMessage(), true);
      return;
    }
    ProviderReply reply = provider.send(request);
    meters
        .counter("reten.dispatch.attempts", "outcome", reply.accepted() ? "accepted" : "failed")
        .increment();
    if (!reply.accepted()) {
      fail(order, reply.errorCode(), reply.errorMessage(), true);
      return;
    }
    DispatchResult result =
        send(
            new CompleteActivityDispatchCommand(
                ticket.tenantId(),
                ticket.activityId(),
                target.configId(),
                reply.providerActivityId(),
                clock.instant()));
    if (result == DispatchResult.IGNORED) {
      log.warn("Activity {} was accepted by its provider after it left READY", ticket.activityId());
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

  private <R> R send(Object command) {
    return commands.sendAndWait(
        GenericCommandMessage.asCommandMessage(command).andMetaData(AS_SYSTEM));
  }
}
