package com.reten.gateway.operator;

import com.reten.api.operator.OperatorType;
import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.util.Map;

/** One operator of a sync, keyed by ({@code type}, {@code external_id}). */
record SyncOperatorItem(
    @NotBlank @Size(max = 255) String externalId,
    @NotNull OperatorType type,
    @Size(max = 255) @Pattern(regexp = OperatorFormats.NOT_BLANK, message = "must not be blank")
        String name,
    @Email @Size(max = 254) String email,
    @Pattern(regexp = OperatorFormats.E164, message = OperatorFormats.E164_MESSAGE) String phone,
    Map<String, Object> metadata) {}
