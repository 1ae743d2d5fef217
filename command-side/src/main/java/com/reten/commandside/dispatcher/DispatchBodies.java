package com.reten.commandside.dispatcher;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import com.reten.api.dispatch.DispatchPartiesView;
import com.reten.api.dispatch.FindDispatchPartiesQuery;
import com.reten.commandside.activity.DispatchTicket;
import org.axonframework.messaging.responsetypes.ResponseTypes;
import org.axonframework.queryhandling.QueryGateway;
import org.springframework.stereotype.Component;

/**
 * Writes the JSON body of a provider call (API.md §5.4). The commerce, operator and route are
 * display data for the provider, read from the directory's read models; what decides whether to
 * send came from the aggregates.
 */
@Component
class DispatchBodies {

  private final QueryGateway queries;
  private final DispatchPreparation preparation;
  private final DispatchProperties properties;
  private final ObjectMapper json =
      new ObjectMapper()
          .registerModule(new JavaTimeModule())
          .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS);

  DispatchBodies(
      QueryGateway queries, DispatchPreparation preparation, DispatchProperties properties) {
    this.queries = queries;
    this.preparation = preparation;
    this.properties = properties;
  }

  String of(DispatchTicket ticket) {
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
    var content = preparation.content(ticket);
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
}
