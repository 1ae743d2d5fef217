package com.reten.api.user;

import java.util.List;

/**
 * One page of a tenant's members.
 *
 * @param users the members on this page, in list order
 * @param total how many members the tenant has
 */
public record TenantUserPage(List<TenantUserView> users, long total) {}
