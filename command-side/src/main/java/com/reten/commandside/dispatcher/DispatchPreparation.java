package com.reten.commandside.dispatcher;

import com.reten.api.activity.ActivityAttribute;
import com.reten.api.activity.ActivityTargetUser;
import com.reten.api.activity.ResolveActivityForDispatchCommand;
import com.reten.api.commerce.CommerceUserView;
import com.reten.api.commerce.CommerceView;
import com.reten.api.commerce.FindCommerceQuery;
import com.reten.api.error.ErrorCode;
import com.reten.api.error.ErrorDetails;
import com.reten.commandside.activity.DispatchTicket;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.axonframework.commandhandling.CommandExecutionException;
import org.axonframework.commandhandling.GenericCommandMessage;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.axonframework.messaging.responsetypes.ResponseTypes;
import org.axonframework.queryhandling.QueryGateway;
import org.springframework.stereotype.Component;

/**
 * The one place where target users and attributes meet dispatch (API.md §4.3, §4.4): ON_DISPATCH
 * resolution runs here before every attempt, and the request body's {@code targetUsers} and {@code
 * attributes} come from the activity's resolved ones.
 */
@Component
class DispatchPreparation {

  private final CommandGateway commands;
  private final QueryGateway queries;

  DispatchPreparation(CommandGateway commands, QueryGateway queries) {
    this.commands = commands;
    this.queries = queries;
  }

  /**
   * Resolves the activity's ON_DISPATCH targets and attributes before an attempt: {@code false}
   * when resolution failed (its own events took the activity to UNRESOLVED; the job is dropped and
   * comes back when the activity is READY again). An activity that is not READY is left to the
   * attempt, which drops its job.
   */
  boolean prepare(UUID tenantId, UUID activityId, Instant at) {
    try {
      Boolean dispatchable =
          commands.sendAndWait(
              GenericCommandMessage.asCommandMessage(
                      new ResolveActivityForDispatchCommand(tenantId, activityId, at))
                  .andMetaData(DispatchAttempts.AS_SYSTEM));
      return Boolean.TRUE.equals(dispatchable);
    } catch (CommandExecutionException e) {
      if (e.getDetails().orElse(null) instanceof ErrorDetails details
          && details.code() == ErrorCode.INVALID_STATE_TRANSITION) {
        return true;
      }
      throw e;
    }
  }

  /**
   * The body's {@code targetUsers} (RESOLVED or LOCKED, with their active contacts from the
   * directory) and {@code attributes} (RESOLVED or FALLBACK values by key), read from the ticket
   * the aggregate gave in this attempt's unit of work.
   */
  ResolvedContent content(DispatchTicket ticket) {
    Map<UUID, CommerceUserView> people = peopleOf(ticket);
    List<TargetUser> targets =
        ticket.targetUsers().stream()
            .filter(target -> target.status().picked())
            .map(target -> targetUser(target, people.get(target.commerceUserId())))
            .toList();
    Map<String, Object> attributes = new LinkedHashMap<>();
    for (ActivityAttribute attribute : ticket.attributes()) {
      if (attribute.status().hasValue()) {
        attributes.put(attribute.key(), attribute.value());
      }
    }
    return new ResolvedContent(targets, attributes);
  }

  private Map<UUID, CommerceUserView> peopleOf(DispatchTicket ticket) {
    Optional<CommerceView> commerce =
        queries
            .query(
                new FindCommerceQuery(ticket.tenantId(), ticket.details().commerceId()),
                ResponseTypes.optionalInstanceOf(CommerceView.class))
            .join();
    Map<UUID, CommerceUserView> people = new LinkedHashMap<>();
    commerce.ifPresent(found -> found.users().forEach(user -> people.put(user.id(), user)));
    return people;
  }

  private static TargetUser targetUser(ActivityTargetUser target, CommerceUserView person) {
    List<Contact> contacts =
        person == null
            ? List.of()
            : person.contacts().stream()
                .filter(contact -> contact.active())
                .map(
                    contact ->
                        new Contact(
                            contact.contactType().name(), contact.value(), contact.primary()))
                .toList();
    return new TargetUser(target.commerceUserId(), target.name(), contacts);
  }

  /**
   * What resolution found for a request body.
   *
   * @param targetUsers who at the commerce is contacted
   * @param attributes resolved attribute values by key
   */
  record ResolvedContent(List<TargetUser> targetUsers, Map<String, Object> attributes) {}

  /**
   * A resolved target user as §5.4's body lists it.
   *
   * @param commerceUserId the commerce user
   * @param name their name
   * @param contacts how to reach them
   */
  record TargetUser(UUID commerceUserId, String name, List<Contact> contacts) {}

  /**
   * One contact of a target user.
   *
   * @param contactType EMAIL, PHONE, WHATSAPP or OTHER
   * @param value the address or number
   * @param primary whether it is their primary one of that type
   */
  record Contact(String contactType, String value, boolean primary) {}
}
