package com.reten.api.commerce;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class ContactTypeTest {

  @Test
  void phonesAndWhatsappNumbersAreE164() {
    for (ContactType type : new ContactType[] {ContactType.PHONE, ContactType.WHATSAPP}) {
      assertThat(type.problemWith("+56912345678")).isNull();
      assertThat(type.problemWith("+12025550123")).isNull();
      assertThat(type.problemWith("56912345678")).isEqualTo("must be E.164 like +56912345678");
      assertThat(type.problemWith("+056912345678")).isNotNull();
      assertThat(type.problemWith("+5691234")).as("too short").isNotNull();
      assertThat(type.problemWith("+5691234567890123")).as("too long").isNotNull();
      assertThat(type.problemWith("+56 9 1234 5678")).isNotNull();
    }
  }

  @Test
  void emailsNeedALocalPartAndADomainWithADot() {
    assertThat(ContactType.EMAIL.problemWith("ana@rosa.cl")).isNull();
    assertThat(ContactType.EMAIL.problemWith("ana@rosa"))
        .isEqualTo("must be a valid email address");
    assertThat(ContactType.EMAIL.problemWith("ana.rosa.cl")).isNotNull();
    assertThat(ContactType.EMAIL.problemWith("ana@@rosa.cl")).isNotNull();
    assertThat(ContactType.EMAIL.problemWith("ana @rosa.cl")).isNotNull();
    assertThat(ContactType.EMAIL.normalize(" Ana@Rosa.CL ")).isEqualTo("ana@rosa.cl");
  }

  @Test
  void everyTypeNeedsAValueOfAtMost320Characters() {
    for (ContactType type : ContactType.values()) {
      assertThat(type.problemWith(" ")).isEqualTo("must not be blank");
      assertThat(type.problemWith(null)).isEqualTo("must not be blank");
    }
    assertThat(ContactType.OTHER.problemWith("x".repeat(320))).isNull();
    assertThat(ContactType.OTHER.problemWith("x".repeat(321))).isNotNull();
    assertThat(ContactType.OTHER.normalize(" Telegram @rosa ")).isEqualTo("Telegram @rosa");
  }
}
