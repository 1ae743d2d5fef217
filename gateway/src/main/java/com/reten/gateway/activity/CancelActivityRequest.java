package com.reten.gateway.activity;

import jakarta.validation.constraints.Size;

/** Why an activity is canceled; the body itself is optional. */
record CancelActivityRequest(@Size(max = 2000) String reason) {}
