package com.reten.gateway.commerce;

import com.reten.api.commerce.CommerceSyncItem;
import com.reten.api.commerce.CommerceSyncResult;
import com.reten.api.commerce.RecordSource;
import com.reten.api.commerce.SyncCommercesCommand;
import com.reten.api.commerce.SyncedAddress;
import com.reten.api.commerce.SyncedCommerceUser;
import com.reten.api.commerce.SyncedContact;
import com.reten.api.security.Permission;
import com.reten.gateway.command.Commands;
import com.reten.gateway.security.Caller;
import com.reten.gateway.security.RequiresPermission;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.time.Clock;
import java.time.Duration;
import java.util.EnumSet;
import java.util.List;
import java.util.UUID;
import java.util.function.Function;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

@Tag(name = "Commerces")
@RestController
class CommerceSyncController {

  /** A full sync is ~7,000 events; the list shows them within seconds, so wait that long. */
  private static final Duration PROJECTION_TIMEOUT = Duration.ofSeconds(30);

  private final Commands commands;
  private final SyncValidation validation;
  private final Clock clock;

  CommerceSyncController(Commands commands, SyncValidation validation, Clock clock) {
    this.commands = commands;
    this.validation = validation;
    this.clock = clock;
  }

  @Operation(
      operationId = "syncCommerces",
      summary = "Upsert up to 1,000 commerces by external_id, all or nothing",
      description =
          "Either every item is applied or none is: an invalid item is a 400 whose message names"
              + " its first problem with the item's index (e.g. items[3].users[0].contacts[1].value:"
              + " must be E.164 like +56912345678) and whose details list every problem; a tax_id"
              + " used by another commerce is a 409 naming the item. A known external_id updates"
              + " that commerce: name is set, absent fields stay, metadata is merged. Addresses"
              + " match an active address by source_ref (else by identical fields), users match"
              + " by external_id, contacts an active one with the same type and value; matches are"
              + " updated (name, missing roles, primary flags), the rest added. A sync never"
              + " removes or deactivates anything. Synced records get source INTEGRATION unless an"
              + " address says otherwise. updated counts items that matched an existing commerce."
              + " The 201 (no Location: a sync touches many commerces) is sent once the list"
              + " shows every item.")
  @PostMapping("/api/commerces/sync")
  @ResponseStatus(HttpStatus.CREATED)
  @RequiresPermission(Permission.SYNC_COMMERCES)
  SyncResponse sync(@RequestBody SyncCommercesRequest request, Caller caller) {
    validation.check(request);
    CommerceSyncResult result =
        commands.send(
            new SyncCommercesCommand(
                caller.tenantId(),
                request.items().stream().map(CommerceSyncController::item).toList(),
                clock.instant()),
            PROJECTION_TIMEOUT);
    return SyncResponse.of(result);
  }

  private static CommerceSyncItem item(SyncItemRequest item) {
    return new CommerceSyncItem(
        UUID.randomUUID(),
        item.externalId(),
        item.name(),
        item.globalExternalId(),
        item.taxId(),
        item.metadata(),
        each(item.addresses(), CommerceSyncController::address),
        each(item.users(), CommerceSyncController::user));
  }

  private static SyncedAddress address(AddressRequest address) {
    return new SyncedAddress(
        UUID.randomUUID(),
        address.source() == null ? RecordSource.INTEGRATION : address.source(),
        address.sourceRef(),
        address.details(),
        address.primary());
  }

  private static SyncedCommerceUser user(SyncUserRequest user) {
    var roles = EnumSet.noneOf(com.reten.api.commerce.CommerceRole.class);
    if (user.roles() != null) {
      roles.addAll(user.roles());
    }
    return new SyncedCommerceUser(
        UUID.randomUUID(),
        user.externalId(),
        user.name(),
        roles,
        each(
            user.contacts(),
            contact ->
                new SyncedContact(
                    UUID.randomUUID(), contact.contactType(), contact.value(), contact.primary())));
  }

  private static <T, R> List<R> each(List<T> items, Function<T, R> map) {
    return items == null ? List.of() : items.stream().map(map).toList();
  }
}
