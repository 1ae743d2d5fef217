package com.reten.gateway.projection;

import com.reten.api.error.RetenException;
import com.reten.api.security.Permission;
import com.reten.gateway.projection.DeadLetterRetries.Outcome;
import com.reten.gateway.security.Caller;
import com.reten.gateway.security.RequiresPermission;
import com.reten.gateway.security.RequiresPermission.Scope;
import com.reten.gateway.web.PageParams;
import com.reten.gateway.web.PageResponse;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.util.List;
import org.axonframework.config.EventProcessingConfiguration;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/** A processor's parked events: list them, retry them once the cause is fixed, or evict them. */
@Tag(name = "Projections")
@RestController
@RequestMapping("/api/admin/projections/{name}/dead-letters")
class DeadLetterController {

  private static final Logger log = LoggerFactory.getLogger(DeadLetterController.class);

  private final EventProcessingConfiguration processing;
  private final DeadLetterReads reads;
  private final DeadLetterRetries retries;

  DeadLetterController(
      EventProcessingConfiguration processing, DeadLetterReads reads, DeadLetterRetries retries) {
    this.processing = processing;
    this.reads = reads;
    this.retries = retries;
  }

  /** How a retry ended, and what the processor still holds. */
  record RetryResponse(int applied, int stillFailing, long remaining) {}

  @Operation(
      summary = "Events a processor parked because it could not apply them",
      description = DeadLetterDocs.LIST)
  @GetMapping
  @RequiresPermission(value = Permission.MANAGE_PROJECTIONS, scope = Scope.PLATFORM)
  PageResponse<DeadLetterResponse> list(@PathVariable String name, PageParams params) {
    return reads.page(known(name), params);
  }

  @Operation(
      summary = "Retry every parked sequence of a processor",
      description = DeadLetterDocs.RETRY)
  @PostMapping("/retry")
  @RequiresPermission(value = Permission.MANAGE_PROJECTIONS, scope = Scope.PLATFORM)
  RetryResponse retryAll(@PathVariable String name, Caller caller) {
    log.info(
        "Retry of every dead letter of {} asked by {} {}",
        name,
        caller.actorType(),
        caller.actorId());
    return answer(name, retries.retryAll(known(name)));
  }

  @Operation(summary = "Retry one parked sequence", description = DeadLetterDocs.RETRY)
  @PostMapping("/{sequence}/retry")
  @RequiresPermission(value = Permission.MANAGE_PROJECTIONS, scope = Scope.PLATFORM)
  RetryResponse retry(@PathVariable String name, @PathVariable String sequence, Caller caller) {
    log.info(
        "Retry of dead letters {} of {} asked by {} {}",
        sequence,
        name,
        caller.actorType(),
        caller.actorId());
    return answer(name, List.of(retries.retry(known(name), sequence)));
  }

  @Operation(summary = "Drop one parked sequence for good", description = DeadLetterDocs.EVICT)
  @ResponseStatus(HttpStatus.NO_CONTENT)
  @DeleteMapping("/{sequence}")
  @RequiresPermission(value = Permission.MANAGE_PROJECTIONS, scope = Scope.PLATFORM)
  ResponseEntity<Void> evict(
      @PathVariable String name, @PathVariable String sequence, Caller caller) {
    retries.evict(known(name), sequence);
    log.warn(
        "Dead letters {} of {} evicted by {} {}",
        sequence,
        name,
        caller.actorType(),
        caller.actorId());
    return ResponseEntity.noContent().build();
  }

  private RetryResponse answer(String name, List<Outcome> outcomes) {
    int applied = (int) outcomes.stream().filter(Outcome.APPLIED::equals).count();
    return new RetryResponse(applied, outcomes.size() - applied, reads.count(name));
  }

  private String known(String name) {
    if (processing.eventProcessor(name).isEmpty()) {
      throw RetenException.notFound("Projection " + name);
    }
    return name;
  }
}
