package com.reten.queryside.commerce;

import static org.assertj.core.api.Assertions.assertThat;

import com.reten.api.commerce.AddressDetails;
import com.reten.api.commerce.CommerceAddressAddedEvent;
import com.reten.api.commerce.CommerceAddressDeactivatedEvent;
import com.reten.api.commerce.CommerceAddressUpdatedEvent;
import com.reten.api.commerce.CommerceAddressView;
import com.reten.api.commerce.CommerceContactAddedEvent;
import com.reten.api.commerce.CommerceContactDeactivatedEvent;
import com.reten.api.commerce.CommerceContactUpdatedEvent;
import com.reten.api.commerce.CommerceContactView;
import com.reten.api.commerce.CommerceDeactivatedEvent;
import com.reten.api.commerce.CommercePage;
import com.reten.api.commerce.CommerceReactivatedEvent;
import com.reten.api.commerce.CommerceRegisteredEvent;
import com.reten.api.commerce.CommerceRole;
import com.reten.api.commerce.CommerceSummaryView;
import com.reten.api.commerce.CommerceUpdatedEvent;
import com.reten.api.commerce.CommerceUserAddedEvent;
import com.reten.api.commerce.CommerceUserDeactivatedEvent;
import com.reten.api.commerce.CommerceUserRoleAddedEvent;
import com.reten.api.commerce.CommerceUserRoleRemovedEvent;
import com.reten.api.commerce.CommerceUserUpdatedEvent;
import com.reten.api.commerce.CommerceUserView;
import com.reten.api.commerce.CommerceView;
import com.reten.api.commerce.ContactType;
import com.reten.api.commerce.FindCommerceQuery;
import com.reten.api.commerce.ListCommercesQuery;
import com.reten.api.commerce.RecordSource;
import com.reten.queryside.testsupport.ReadModelTest;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.annotation.Import;

@Import({
  CommerceProjection.class,
  CommerceAddressProjection.class,
  CommerceUserProjection.class,
  CommerceContactProjection.class,
  CommerceQueries.class
})
class CommerceProjectionTest extends ReadModelTest {

  private static final AddressDetails PLACE =
      new AddressDetails(
          "Local",
          "Av. Providencia",
          "1234",
          null,
          "Santiago",
          "Providencia",
          "RM",
          "CL",
          null,
          -33.43,
          -70.61);

  @Autowired CommerceProjection commerces;
  @Autowired CommerceAddressProjection addresses;
  @Autowired CommerceUserProjection users;
  @Autowired CommerceContactProjection contacts;
  @Autowired CommerceQueries queries;

  private final UUID tenant = UUID.randomUUID();
  private final UUID otherTenant = UUID.randomUUID();

  @Test
  void aCommerceIsFoundInItsTenantOnly() {
    UUID id = register(tenant, "Almacén Rosa", "ext-1", 0);

    CommerceView view = find(id);
    assertThat(view.name()).isEqualTo("Almacén Rosa");
    assertThat(view.externalId()).isEqualTo("ext-1");
    assertThat(view.active()).isTrue();
    assertThat(view.metadata()).isEqualTo(Map.of("tier", "gold"));
    assertThat(view.version()).isZero();
    assertThat(queries.handle(new FindCommerceQuery(otherTenant, id))).isEmpty();
  }

  @Test
  void theListIsNewestFirstWithTiesByIdAndPagesWithTheTotal() {
    UUID oldest = register(tenant, "A", "ext-a", 0);
    UUID tieLow = register(tenant, "B", "ext-b", 10, new UUID(0, 1));
    UUID tieHigh = register(tenant, "C", "ext-c", 10, new UUID(0, 2));
    register(otherTenant, "Foreign", "ext-z", 20);

    assertThat(ids(list(null, null, null, null, null, 0, 20)))
        .containsExactly(tieHigh, tieLow, oldest);
    CommercePage second = list(null, null, null, null, null, 2, 2);
    assertThat(ids(second)).containsExactly(oldest);
    assertThat(second.total()).isEqualTo(3);
    CommercePage past = list(null, null, null, null, null, 10, 2);
    assertThat(past.items()).isEmpty();
    assertThat(past.total()).isEqualTo(3);
  }

  @Test
  void eachFilterNarrowsTheList() {
    UUID rosa = register(tenant, "Almacén ROSA", "ERP-100", 0);
    UUID luna = register(tenant, "Botillería Luna", "erp-200", 1);
    UUID percent = register(tenant, "Todo al 50%", "x-1", 2);
    register(otherTenant, "Almacén Rosa", "erp-100", 3);
    commerces.on(new CommerceDeactivatedEvent(tenant, luna, T0.plusSeconds(5)), 1);
    commerces.on(
        new CommerceUpdatedEvent(tenant, rosa, "Almacén ROSA", null, "chain-1", Map.of(), T0), 1);

    assertThat(ids(list("rosa", null, null, null, null, 0, 20))).containsExactly(rosa);
    assertThat(ids(list("ERP-", null, null, null, null, 0, 20))).containsExactly(luna, rosa);
    assertThat(ids(list("50%", null, null, null, null, 0, 20))).containsExactly(percent);
    assertThat(ids(list("5_", null, null, null, null, 0, 20))).isEmpty();
    assertThat(ids(list(null, "erp-200", null, null, null, 0, 20))).containsExactly(luna);
    assertThat(ids(list(null, null, "chain-1", null, null, 0, 20))).containsExactly(rosa);
    assertThat(ids(list(null, null, null, false, null, 0, 20))).containsExactly(luna);
    assertThat(ids(list(null, null, null, null, true, 0, 20))).containsExactly(percent);
    assertThat(list(null, null, null, true, null, 0, 20).total()).isEqualTo(2);
  }

  @Test
  void updatesAndActivationShowWithTheirVersion() {
    UUID id = register(tenant, "Rosa", "ext-1", 0);
    commerces.on(
        new CommerceUpdatedEvent(
            tenant, id, "Rosa Ltda", "76.1", "g-1", Map.of("zone", "n"), T0.plusSeconds(1)),
        1);
    commerces.on(new CommerceDeactivatedEvent(tenant, id, T0.plusSeconds(2)), 2);
    commerces.on(new CommerceReactivatedEvent(tenant, id, T0.plusSeconds(3)), 3);

    CommerceView view = find(id);
    assertThat(view.name()).isEqualTo("Rosa Ltda");
    assertThat(view.taxId()).isEqualTo("76.1");
    assertThat(view.globalExternalId()).isEqualTo("g-1");
    assertThat(view.metadata()).isEqualTo(Map.of("zone", "n"));
    assertThat(view.active()).isTrue();
    assertThat(view.version()).isEqualTo(3);
    assertThat(view.updatedAt()).isEqualTo(T0.plusSeconds(3));
  }

  @Test
  void oneAddressIsPrimaryAndADeactivatedOneStaysReadable() {
    UUID id = register(tenant, "Rosa", "ext-1", 0);
    UUID first = UUID.randomUUID();
    UUID second = UUID.randomUUID();
    addresses.on(addressAdded(id, first, true, null, 1), 1);
    addresses.on(addressAdded(id, second, true, first, 2), 2);
    AddressDetails moved =
        PLACE.with(
            new AddressDetails(
                null, "Nueva", null, null, null, null, null, null, null, null, null));
    addresses.on(
        new CommerceAddressUpdatedEvent(tenant, id, first, moved, true, second, T0.plusSeconds(3)),
        3);
    addresses.on(new CommerceAddressDeactivatedEvent(tenant, id, second, T0.plusSeconds(4)), 4);

    CommerceView view = find(id);
    assertThat(view.addresses()).extracting(CommerceAddressView::id).containsExactly(first, second);
    assertThat(view.addresses())
        .extracting(CommerceAddressView::primary)
        .containsExactly(true, false);
    assertThat(view.addresses().get(0).address().street()).isEqualTo("Nueva");
    assertThat(view.addresses().get(1).active()).isFalse();
    assertThat(view.addresses().get(1).source()).isEqualTo(RecordSource.INTEGRATION);
    assertThat(view.version()).isEqualTo(4);
  }

  @Test
  void usersCarryTheirRolesAndContactsWithOnePrimaryPerType() {
    UUID id = register(tenant, "Rosa", "ext-1", 0);
    UUID user = UUID.randomUUID();
    UUID mail = UUID.randomUUID();
    UUID otherMail = UUID.randomUUID();
    UUID phone = UUID.randomUUID();
    users.on(
        new CommerceUserAddedEvent(
            tenant,
            id,
            user,
            "Rosa Pérez",
            "u-1",
            RecordSource.RETEN,
            Set.of(CommerceRole.OWNER),
            T0.plusSeconds(1)),
        1);
    users.on(new CommerceUserRoleAddedEvent(tenant, id, user, CommerceRole.ADMIN, T0), 2);
    users.on(new CommerceUserRoleRemovedEvent(tenant, id, user, CommerceRole.OWNER, T0), 3);
    users.on(new CommerceUserUpdatedEvent(tenant, id, user, "Rosa Soto", "u-2", T0), 4);
    // Added at one instant, as a sync does: listed in the order of the commerce's events.
    contacts.on(contactAdded(id, user, mail, ContactType.EMAIL, true, null, 2), 5);
    contacts.on(contactAdded(id, user, phone, ContactType.PHONE, true, null, 2), 6);
    contacts.on(contactAdded(id, user, otherMail, ContactType.EMAIL, true, mail, 2), 7);
    contacts.on(
        new CommerceContactUpdatedEvent(
            tenant, id, user, mail, "nuevo@rosa.cl", true, otherMail, T0.plusSeconds(5)),
        8);
    contacts.on(new CommerceContactDeactivatedEvent(tenant, id, user, phone, T0.plusSeconds(6)), 9);
    users.on(new CommerceUserDeactivatedEvent(tenant, id, user, T0.plusSeconds(7)), 10);

    CommerceUserView view = find(id).users().get(0);
    assertThat(view.name()).isEqualTo("Rosa Soto");
    assertThat(view.externalId()).isEqualTo("u-2");
    assertThat(view.roles()).containsExactly(CommerceRole.ADMIN);
    assertThat(view.active()).isFalse();
    assertThat(view.contacts())
        .extracting(CommerceContactView::id)
        .containsExactly(mail, phone, otherMail);
    assertThat(view.contacts())
        .extracting(CommerceContactView::primary)
        .containsExactly(true, false, false);
    assertThat(view.contacts().get(0).value()).isEqualTo("nuevo@rosa.cl");
    assertThat(view.contacts().get(1).active()).isFalse();
    assertThat(find(id).version()).isEqualTo(10);
  }

  private UUID register(UUID tenantId, String name, String externalId, long second) {
    return register(tenantId, name, externalId, second, UUID.randomUUID());
  }

  private UUID register(UUID tenantId, String name, String externalId, long second, UUID id) {
    commerces.on(
        new CommerceRegisteredEvent(
            tenantId,
            id,
            name,
            externalId,
            null,
            null,
            name.contains("%"),
            Map.of("tier", "gold"),
            T0.plusSeconds(second)));
    return id;
  }

  private CommerceAddressAddedEvent addressAdded(
      UUID commerce, UUID address, boolean primary, UUID previous, long second) {
    return new CommerceAddressAddedEvent(
        tenant,
        commerce,
        address,
        RecordSource.INTEGRATION,
        null,
        PLACE,
        primary,
        previous,
        T0.plusSeconds(second));
  }

  private CommerceContactAddedEvent contactAdded(
      UUID commerce,
      UUID user,
      UUID contact,
      ContactType type,
      boolean primary,
      UUID previous,
      long second) {
    String value = type == ContactType.EMAIL ? contact + "@rosa.cl" : "+56912345678";
    return new CommerceContactAddedEvent(
        tenant,
        commerce,
        user,
        contact,
        type,
        value,
        RecordSource.RETEN,
        primary,
        previous,
        T0.plusSeconds(second));
  }

  private CommerceView find(UUID id) {
    return queries.handle(new FindCommerceQuery(tenant, id)).orElseThrow();
  }

  private CommercePage list(
      String search,
      String externalId,
      String globalId,
      Boolean active,
      Boolean placeholder,
      long offset,
      int limit) {
    return queries.handle(
        new ListCommercesQuery(
            tenant, search, externalId, globalId, active, placeholder, offset, limit));
  }

  private static java.util.List<UUID> ids(CommercePage page) {
    return page.items().stream().map(CommerceSummaryView::id).toList();
  }
}
