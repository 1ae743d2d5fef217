package com.reten.api.user;

import java.util.UUID;

/**
 * Who a signed-in user is and where they belong, answered with an optional {@link CallerView}.
 *
 * @param userId the user
 */
public record FindCallerQuery(UUID userId) {}
