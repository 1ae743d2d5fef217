package com.reten.commandside.commerce;

import static com.reten.commandside.commerce.CommerceFixtures.COMMERCE;
import static com.reten.commandside.commerce.CommerceFixtures.SANTIAGO;
import static com.reten.commandside.commerce.CommerceFixtures.T0;
import static com.reten.commandside.commerce.CommerceFixtures.T1;
import static com.reten.commandside.commerce.CommerceFixtures.TENANT;
import static com.reten.commandside.commerce.CommerceFixtures.USER;
import static com.reten.commandside.commerce.CommerceFixtures.contactAdded;
import static com.reten.commandside.commerce.CommerceFixtures.registered;
import static com.reten.commandside.commerce.CommerceFixtures.userAdded;
import static com.reten.commandside.support.ErrorCodeMatcher.hasCode;

import com.reten.api.commerce.CommerceAddressAddedEvent;
import com.reten.api.commerce.CommerceContactAddedEvent;
import com.reten.api.commerce.CommerceContactUpdatedEvent;
import com.reten.api.commerce.CommerceRegisteredEvent;
import com.reten.api.commerce.CommerceRole;
import com.reten.api.commerce.CommerceSyncItem;
import com.reten.api.commerce.CommerceSyncResult;
import com.reten.api.commerce.CommerceUpdatedEvent;
import com.reten.api.commerce.CommerceUserAddedEvent;
import com.reten.api.commerce.CommerceUserRoleAddedEvent;
import com.reten.api.commerce.ContactType;
import com.reten.api.commerce.RecordSource;
import com.reten.api.commerce.SyncCommercesCommand;
import com.reten.api.commerce.SyncedAddress;
import com.reten.api.commerce.SyncedCommerceUser;
import com.reten.api.commerce.SyncedContact;
import com.reten.api.error.ErrorCode;
import com.reten.commandside.claim.ClaimScope;
import com.reten.commandside.claim.InMemoryUniqueClaims;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.axonframework.test.aggregate.AggregateTestFixture;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class CommerceSyncHandlerTest {

  private static final UUID ADDRESS = UUID.fromString("00000000-0000-0000-0000-0000000000f1");
  private static final UUID MAIL = UUID.fromString("00000000-0000-0000-0000-000000000101");
  private static final UUID PHONE = UUID.fromString("00000000-0000-0000-0000-000000000102");

  private final InMemoryUniqueClaims claims = new InMemoryUniqueClaims();
  private AggregateTestFixture<Commerce> fixture;

  @BeforeEach
  void setUp() {
    fixture = CommerceFixtures.fixture(claims);
    fixture.registerAnnotatedCommandHandler(
        new CommerceSyncHandler(fixture.getRepository(), claims));
  }

  @Test
  void aNewExternalIdRegistersTheCommerceWithEverythingInIt() {
    fixture
        .givenNoPriorActivity()
        .when(sync(item("Almacén Rosa", "76.123.456-7", "Rosa Pérez", Set.of(CommerceRole.OWNER))))
        .expectResultMessagePayload(new CommerceSyncResult(1, 0, 1))
        .expectEvents(
            new CommerceRegisteredEvent(
                TENANT,
                COMMERCE,
                "Almacén Rosa",
                "ext-1",
                null,
                "76.123.456-7",
                false,
                Map.of(),
                T1),
            new CommerceAddressAddedEvent(
                TENANT,
                COMMERCE,
                ADDRESS,
                RecordSource.INTEGRATION,
                "erp-7",
                SANTIAGO,
                true,
                null,
                T1),
            new CommerceUserAddedEvent(
                TENANT,
                COMMERCE,
                USER,
                "Rosa Pérez",
                "u-1",
                RecordSource.INTEGRATION,
                Set.of(CommerceRole.OWNER),
                T1),
            new CommerceContactAddedEvent(
                TENANT,
                COMMERCE,
                USER,
                MAIL,
                ContactType.EMAIL,
                "rosa@almacen.cl",
                RecordSource.INTEGRATION,
                true,
                null,
                T1),
            new CommerceContactAddedEvent(
                TENANT,
                COMMERCE,
                USER,
                PHONE,
                ContactType.PHONE,
                "+56912345678",
                RecordSource.INTEGRATION,
                false,
                null,
                T1));
  }

  @Test
  void aKnownExternalIdUpdatesTheCommerceAndUpsertsItsPeople() {
    claims.claim(ClaimScope.COMMERCE_EXTERNAL_ID, TENANT + ":ext-1", COMMERCE);
    claims.claim(ClaimScope.COMMERCE_TAX_ID, TENANT + ":76.123.456-7", COMMERCE);
    fixture
        .given(
            registered(),
            new CommerceAddressAddedEvent(
                TENANT,
                COMMERCE,
                ADDRESS,
                RecordSource.INTEGRATION,
                "erp-7",
                SANTIAGO,
                true,
                null,
                T0),
            userAdded(USER, "u-1"),
            contactAdded(MAIL, ContactType.EMAIL, "rosa@almacen.cl", false, null),
            contactAdded(PHONE, ContactType.PHONE, "+56912345678", false, null))
        .when(
            sync(
                item(
                    "Rosa Ltda",
                    null,
                    null,
                    Set.of(CommerceRole.OWNER, CommerceRole.COMMERCE_REP))))
        .expectResultMessagePayload(new CommerceSyncResult(0, 1, 1))
        .expectEvents(
            new CommerceUpdatedEvent(
                TENANT, COMMERCE, "Rosa Ltda", "76.123.456-7", null, Map.of(), T1),
            new CommerceUserRoleAddedEvent(TENANT, COMMERCE, USER, CommerceRole.COMMERCE_REP, T1),
            new CommerceContactUpdatedEvent(
                TENANT, COMMERCE, USER, MAIL, "rosa@almacen.cl", true, null, T1));
  }

  @Test
  void aRefusedItemIsNamedByItsIndex() {
    claims.claim(ClaimScope.COMMERCE_TAX_ID, TENANT + ":76.123.456-7", UUID.randomUUID());

    fixture
        .givenNoPriorActivity()
        .when(sync(item("Almacén Rosa", "76.123.456-7", null, Set.of())))
        .expectException(hasCode(ErrorCode.COMMERCE_TAX_ID_TAKEN))
        .expectExceptionMessage(
            "items[0]: Tax id '76.123.456-7' is already used by another commerce");
  }

  private static CommerceSyncItem item(
      String name, String taxId, String userName, Set<CommerceRole> roles) {
    var contacts =
        List.of(
            new SyncedContact(MAIL, ContactType.EMAIL, "Rosa@Almacen.cl", true),
            new SyncedContact(PHONE, ContactType.PHONE, "+56912345678", false));
    return new CommerceSyncItem(
        COMMERCE,
        "ext-1",
        name,
        null,
        taxId,
        null,
        List.of(new SyncedAddress(ADDRESS, RecordSource.INTEGRATION, "erp-7", SANTIAGO, true)),
        List.of(new SyncedCommerceUser(USER, "u-1", userName, roles, contacts)));
  }

  private static SyncCommercesCommand sync(CommerceSyncItem item) {
    return new SyncCommercesCommand(TENANT, List.of(item), T1);
  }
}
