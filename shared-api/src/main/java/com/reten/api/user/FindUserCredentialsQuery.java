package com.reten.api.user;

/**
 * The sign-in record of the user with this e-mail, answered with an optional {@link
 * UserCredentialsView}. Only the gateway's login asks it.
 *
 * @param email the identifier given at sign-in
 */
public record FindUserCredentialsQuery(String email) {}
