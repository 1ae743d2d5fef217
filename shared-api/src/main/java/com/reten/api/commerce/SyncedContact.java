package com.reten.api.commerce;

import java.util.UUID;

/**
 * A contact in a sync, matched to an active contact of the same type and value.
 *
 * @param contactId id to use if the contact is added
 * @param contactType the kind of contact
 * @param value the address or number
 * @param primary whether it is the primary contact of its type
 */
public record SyncedContact(
    UUID contactId, ContactType contactType, String value, boolean primary) {}
