package com.reten.gateway.web;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.validation.ConstraintViolationException;
import jakarta.validation.Valid;
import jakarta.validation.Validation;
import jakarta.validation.Validator;
import jakarta.validation.ValidatorFactory;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;

/**
 * Method validation (a @Validated service or controller) reports paths like {@code
 * invite.request.adminEmail}; clients must see only the field they sent.
 */
class ValidationDetailsTest {

  private static final ValidatorFactory FACTORY = Validation.buildDefaultValidatorFactory();
  private static final Validator VALIDATOR = FACTORY.getValidator();

  record Invite(@NotBlank String adminEmail, List<@NotBlank String> roleNames) {}

  static class Service {
    void invite(@Valid Invite request, @Min(1) int maxCount) {}
  }

  @AfterAll
  static void close() {
    FACTORY.close();
  }

  @Test
  void methodAndParameterNodesAreDroppedAndPropertiesSnakeCased() throws Exception {
    var invite = Service.class.getDeclaredMethod("invite", Invite.class, int.class);
    var violations =
        VALIDATOR
            .forExecutables()
            .validateParameters(
                new Service(), invite, new Object[] {new Invite(" ", List.of("admin", "")), 0});

    assertThat(ValidationDetails.of(new ConstraintViolationException(violations)))
        .containsExactly(
            new ApiError.Detail("admin_email", "must not be blank"),
            new ApiError.Detail("max_count", "must be greater than or equal to 1"),
            new ApiError.Detail("role_names[1]", "must not be blank"));
  }
}
