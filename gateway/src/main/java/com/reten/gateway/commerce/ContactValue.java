package com.reten.gateway.commerce;

import com.reten.api.commerce.ContactType;
import jakarta.validation.Constraint;
import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import jakarta.validation.Payload;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * A contact's {@code value} suits its {@code contact_type} (EMAIL: an address; PHONE, WHATSAPP:
 * E.164), reported on {@code value} with the aggregate's own wording ({@link
 * ContactType#problemWith}).
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@Constraint(validatedBy = ContactValue.Validator.class)
@interface ContactValue {

  String message() default "must suit the contact type";

  Class<?>[] groups() default {};

  Class<? extends Payload>[] payload() default {};

  class Validator implements ConstraintValidator<ContactValue, ContactRequest> {

    @Override
    public boolean isValid(ContactRequest contact, ConstraintValidatorContext context) {
      if (contact == null || contact.contactType() == null) {
        return true; // @NotNull on contact_type reports it
      }
      String problem = contact.contactType().problemWith(contact.value());
      if (problem == null) {
        return true;
      }
      context.disableDefaultConstraintViolation();
      context
          .buildConstraintViolationWithTemplate(problem)
          .addPropertyNode("value")
          .addConstraintViolation();
      return false;
    }
  }
}
