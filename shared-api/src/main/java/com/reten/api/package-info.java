/**
 * Reten's message contract: commands, events, queries and views shared by every module.
 *
 * <p>Every message starts with {@code tenantId} and then its target id. Platform-level messages
 * (users as people, sign-in sessions) carry no tenant. Event class names and their
 * {@code @Revision} are frozen: changes are additive, or bump the revision with an upcaster.
 */
package com.reten.api;
