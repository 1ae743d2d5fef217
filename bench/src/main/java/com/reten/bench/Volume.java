package com.reten.bench;

import java.sql.Array;
import java.util.Map;

/**
 * Brings the store to {@code volume} activities quickly: one activity is created through the API,
 * then its events are copied in SQL with new ids, keys, reasons, channels, commerces and schedules
 * — so the read model is built by the real projection from real event payloads, at the cost of
 * skipping the command side (measured separately by the create rows).
 */
final class Volume {

  private static final String TEMPLATE_TIME = "2031-01-01T00:00:00Z";

  private final BenchTenant tenant;
  private final Database database;

  Volume(BenchTenant tenant, Database database) {
    this.tenant = tenant;
    this.database = database;
  }

  /** Copies the template {@code count} times, in batches; answers the events written. */
  long seed(String run, int count) throws Exception {
    String template =
        tenant
            .api()
            .post(
                "/activities/messages",
                Map.of(
                    "reason",
                    "Volume template",
                    "channel",
                    "WHATSAPP",
                    "commerce_id",
                    tenant.commerceIds().get(0),
                    "idempotency_key",
                    run + "-volume-template",
                    "scheduled_at",
                    TEMPLATE_TIME))
            .expect(201)
            .body()
            .path("id")
            .asText();
    // Target-user ids derive from the activity, not from its id's text: re-key the template's one.
    var targets = tenant.api().get("/activities/" + template + "/target-users").expect(200).body();
    String target = targets.size() == 0 ? "no-target-user" : targets.get(0).path("id").asText();
    long written = 0;
    try (var connection = database.connect();
        var insert = connection.prepareStatement(COPY)) {
      Array commerces = connection.createArrayOf("text", tenant.commerceIds().toArray());
      // Small transactions, as the app's own writes are: a long one leaves the processors reading
      // past its uncommitted indexes with thousands of gaps in every token (see EventStoreConfig).
      int batch = 1_000;
      for (int from = 1; from <= count; from += batch) {
        insert.setString(1, template);
        insert.setString(2, run);
        insert.setString(3, tenant.commerceIds().get(0));
        insert.setArray(4, commerces);
        insert.setInt(5, from);
        insert.setInt(6, Math.min(count, from + batch - 1));
        insert.setString(7, target);
        written += insert.executeUpdate();
      }
    }
    return written;
  }

  private static final String COPY =
      """
      WITH p AS (SELECT ?::text AS template, ?::text AS run, ?::text AS commerce,
                        ?::text[] AS commerces, ?::int AS low, ?::int AS high,
                        ?::text AS target)
      INSERT INTO domain_event_entry (aggregate_identifier, sequence_number, type, event_identifier,
          meta_data, payload, payload_revision, payload_type, time_stamp)
      SELECT c.id, t.sequence_number, t.type, md5(c.id || ':' || t.sequence_number)::uuid::text,
             t.meta_data,
             convert_to(
               replace(replace(replace(replace(replace(replace(replace(
                 convert_from(t.payload, 'UTF8'),
                 p.template, c.id),
                 p.target, md5(p.run || ':target:' || g)::uuid::text),
                 p.run || '-volume-template', p.run || '-volume-' || g),
                 p.commerce, p.commerces[1 + g % cardinality(p.commerces)]),
                 '"Volume template"', '"Volume ' || (g % 1000) || ' restock"'),
                 '"WHATSAPP"', '"' || (ARRAY['WHATSAPP','EMAIL','SMS','PUSH'])[1 + g % 4] || '"'),
                 '2031-01-01T00:00:00Z',
                 to_char(timestamp '2031-01-01' + g * interval '1 minute',
                         'YYYY-MM-DD"T"HH24:MI:SS"Z"')),
               'UTF8'),
             t.payload_revision, t.payload_type, t.time_stamp
      FROM p
      CROSS JOIN generate_series(p.low, p.high) AS g
      CROSS JOIN LATERAL (SELECT md5(p.run || ':' || g)::uuid::text AS id) AS c
      JOIN domain_event_entry t ON t.aggregate_identifier = p.template
      ORDER BY g, t.sequence_number
      """;
}
