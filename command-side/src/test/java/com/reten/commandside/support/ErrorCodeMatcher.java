package com.reten.commandside.support;

import com.reten.api.error.ErrorCode;
import com.reten.api.error.RetenException;
import org.hamcrest.Description;
import org.hamcrest.Matcher;
import org.hamcrest.TypeSafeMatcher;

/** Matches a {@link RetenException} by its code, for {@code expectException(...)}. */
public final class ErrorCodeMatcher extends TypeSafeMatcher<RetenException> {

  private final ErrorCode code;

  private ErrorCodeMatcher(ErrorCode code) {
    this.code = code;
  }

  public static Matcher<RetenException> hasCode(ErrorCode code) {
    return new ErrorCodeMatcher(code);
  }

  @Override
  protected boolean matchesSafely(RetenException exception) {
    return exception.code() == code;
  }

  @Override
  public void describeTo(Description description) {
    description.appendText("a RetenException with code ").appendValue(code);
  }
}
