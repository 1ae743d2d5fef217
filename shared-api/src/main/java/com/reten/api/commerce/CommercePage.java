package com.reten.api.commerce;

import java.util.List;

/**
 * A page of commerces and how many match in all.
 *
 * @param items the page
 * @param total commerces matching the filters
 */
public record CommercePage(List<CommerceSummaryView> items, long total) {}
