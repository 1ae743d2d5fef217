package com.reten.gateway.web;

import static com.reten.gateway.web.ApiErrorMatchers.apiError;
import static com.reten.gateway.web.ApiErrorMatchers.validationError;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.test.json.JsonCompareMode;
import org.springframework.test.web.servlet.MockMvc;

@WebSliceTest
class QueryParametersTest {

  @Autowired MockMvc mvc;

  @ParameterizedTest
  @ValueSource(strings = {"is_active=true&sort_order=desc", "isActive=true&sortOrder=desc"})
  void parametersDeclaredInSnakeCaseAcceptBothSpellings(String query) throws Exception {
    mvc.perform(get("/test/filters?" + query))
        .andExpect(status().isOk())
        .andExpect(
            content().json("{\"isActive\":true,\"sortOrder\":\"desc\"}", JsonCompareMode.STRICT));
  }

  @Test
  void theSpellingTheControllerDeclaresWinsWhenBothAreSent() throws Exception {
    mvc.perform(get("/test/filters?isActive=false&is_active=true"))
        .andExpect(
            content().json("{\"isActive\":true,\"sortOrder\":\"none\"}", JsonCompareMode.STRICT));
  }

  @Test
  void aMissingRequiredParameterIs400NamingIt() throws Exception {
    mvc.perform(get("/test/filters"))
        .andExpect(apiError(400, "Bad Request", "Missing required parameter 'is_active'"));
  }

  @Test
  void aParameterOfTheWrongTypeIs400NamingIt() throws Exception {
    mvc.perform(get("/test/filters?isActive=maybe"))
        .andExpect(apiError(400, "Bad Request", "Invalid value for parameter 'is_active'"));
  }

  @Test
  void aMalformedUuidInThePathIs400() throws Exception {
    mvc.perform(get("/test/items/not-a-uuid"))
        .andExpect(apiError(400, "Bad Request", "Invalid value for parameter 'id'"));
  }

  @Test
  void aConstraintOnAParameterIsReportedAsAValidationDetail() throws Exception {
    mvc.perform(get("/test/bounded?maxCount=0"))
        .andExpect(validationError("max_count", "must be greater than or equal to 1"));
  }

  @Test
  void aConstraintViolationExceptionIsReportedWithSnakeCaseFields() throws Exception {
    mvc.perform(
            post("/test/addresses")
                .contentType(MediaType.APPLICATION_JSON)
                .content("{\"zipCode\":\"1000\"}"))
        .andExpect(validationError("street_line", "must not be blank"));
  }
}
