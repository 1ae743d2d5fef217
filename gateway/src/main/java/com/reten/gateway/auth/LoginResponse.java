package com.reten.gateway.auth;

import java.util.UUID;

/**
 * A successful sign-in; the refresh token travels in an HTTP-only cookie, never in the body.
 *
 * @param accessToken a Bearer JWT
 * @param user who signed in
 */
record LoginResponse(String accessToken, SignedInUser user) {

  record SignedInUser(UUID id, String email, String firstName, String lastName) {}
}
