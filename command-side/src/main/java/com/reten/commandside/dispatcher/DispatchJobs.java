package com.reten.commandside.dispatcher;

import com.reten.api.store.DeferredWrites;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * The {@code dispatch_job} table: one row per READY activity awaiting an attempt. Rows are written
 * by {@link DispatchJobScheduler} in the transaction of the activity's events (sent with the
 * command's other {@link DeferredWrites} as it commits), and claimed by workers with {@code FOR
 * UPDATE SKIP LOCKED} and a lease, so that across every node at most one attempt per activity is in
 * flight. Times are the database's, so nodes' clocks need not agree.
 */
@Component
class DispatchJobs {

  private final JdbcTemplate jdbc;
  private final DeferredWrites eventWrites;

  DispatchJobs(JdbcTemplate jdbc, DeferredWrites eventWrites) {
    this.jdbc = jdbc;
    this.eventWrites = eventWrites;
  }

  /** A READY activity, due at {@code dueAt}; a job that exists already is kept. */
  void schedule(UUID activityId, UUID tenantId, Instant dueAt) {
    eventWrites.update(
        "INSERT INTO dispatch_job (activity_id, tenant_id, due_at) VALUES (?, ?, ?)"
            + " ON CONFLICT (activity_id) DO NOTHING",
        activityId,
        tenantId,
        Timestamp.from(dueAt));
  }

  /** Due now (a manual dispatch); an attempt in flight keeps its lease. */
  void dueNow(UUID activityId, UUID tenantId) {
    eventWrites.update(
        "INSERT INTO dispatch_job (activity_id, tenant_id, due_at) VALUES (?, ?, now())"
            + " ON CONFLICT (activity_id) DO UPDATE SET due_at = now()",
        activityId,
        tenantId);
  }

  /** Failed with attempts left: free it, due after {@code delay}. */
  void retryAfter(UUID activityId, Duration delay) {
    eventWrites.update(
        "UPDATE dispatch_job SET due_at = now() + ? * interval '1 millisecond',"
            + " claimed_by = NULL, claim_token = NULL, claimed_until = NULL"
            + " WHERE activity_id = ?",
        delay.toMillis(),
        activityId);
  }

  /** Dispatched, failed for good, or canceled: nothing left to send. */
  void remove(UUID activityId) {
    eventWrites.update("DELETE FROM dispatch_job WHERE activity_id = ?", activityId);
  }

  /**
   * Leases up to {@code max} due, unleased jobs to {@code node}, oldest due first. Rows another
   * transaction is claiming are skipped, not waited for; a lease that ran out (its node died) is
   * claimable again.
   */
  List<ClaimedJob> claim(int max, Duration lease, String node) {
    UUID token = UUID.randomUUID();
    return jdbc.query(
        "UPDATE dispatch_job job SET claimed_by = ?, claim_token = ?,"
            + " claimed_until = now() + ? * interval '1 millisecond'"
            + " FROM (SELECT activity_id FROM dispatch_job"
            + "   WHERE due_at <= now() AND (claimed_until IS NULL OR claimed_until < now())"
            + "   ORDER BY due_at LIMIT ? FOR UPDATE SKIP LOCKED) due"
            + " WHERE job.activity_id = due.activity_id"
            + " RETURNING job.activity_id, job.tenant_id",
        (row, index) ->
            new ClaimedJob(row.getObject(1, UUID.class), row.getObject(2, UUID.class), token),
        node,
        token,
        lease.toMillis(),
        max);
  }

  /** Gives a job back unattempted, due after {@code delay}, if the lease is still this claim's. */
  void release(ClaimedJob job, Duration delay) {
    jdbc.update(
        "UPDATE dispatch_job SET due_at = now() + ? * interval '1 millisecond',"
            + " claimed_by = NULL, claim_token = NULL, claimed_until = NULL"
            + " WHERE activity_id = ? AND claim_token = ?",
        delay.toMillis(),
        job.activityId(),
        job.claimToken());
  }

  /** Drops a job with nothing to send (the activity is no longer READY), if still this claim's. */
  void finish(ClaimedJob job) {
    jdbc.update(
        "DELETE FROM dispatch_job WHERE activity_id = ? AND claim_token = ?",
        job.activityId(),
        job.claimToken());
  }
}
