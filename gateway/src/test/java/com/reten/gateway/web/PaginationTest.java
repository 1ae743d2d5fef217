package com.reten.gateway.web;

import static com.reten.gateway.web.ApiErrorMatchers.apiError;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.json.JsonCompareMode;
import org.springframework.test.web.servlet.MockMvc;

/** PageParams as a controller argument and PageResponse as a body, through MockMvc. */
@WebSliceTest
class PaginationTest {

  @Autowired MockMvc mvc;

  @Test
  void defaultsToTheFirstPageOfTwenty() throws Exception {
    mvc.perform(get("/test/numbers?total=150"))
        .andExpect(status().isOk())
        .andExpect(
            content()
                .json(
                    "{\"meta\":{\"page\":1,\"limit\":20,\"total\":150,\"totalPages\":8}}",
                    JsonCompareMode.LENIENT))
        .andExpect(
            content().json("{\"data\":[0,1,2,3,4,5,6,7,8,9,10,11,12,13,14,15,16,17,18,19]}"));
  }

  @ParameterizedTest
  @CsvSource({
    "page=2&limit=3",
    "page=2&per_page=3",
    "page=2&perPage=3",
    "page=2&limit=3&per_page=50"
  })
  void limitOrItsAliasesSelectTheSlice(String query) throws Exception {
    mvc.perform(get("/test/numbers?total=7&" + query))
        .andExpect(
            content()
                .json(
                    "{\"data\":[3,4,5],\"meta\":{\"page\":2,\"limit\":3,\"total\":7,\"totalPages\":3}}",
                    JsonCompareMode.STRICT));
  }

  @Test
  void aPagePastTheEndIsEmptyWithTrueMeta() throws Exception {
    mvc.perform(get("/test/numbers?total=7&page=9&limit=3"))
        .andExpect(
            content()
                .json(
                    "{\"data\":[],\"meta\":{\"page\":9,\"limit\":3,\"total\":7,\"totalPages\":3}}",
                    JsonCompareMode.STRICT));
  }

  @Test
  void noResultsMeansNoPages() throws Exception {
    mvc.perform(get("/test/numbers?total=0"))
        .andExpect(
            content()
                .json(
                    "{\"data\":[],\"meta\":{\"page\":1,\"limit\":20,\"total\":0,\"totalPages\":0}}",
                    JsonCompareMode.STRICT));
  }

  @ParameterizedTest
  @CsvSource(
      delimiter = '|',
      value = {
        "page=0       | page     | a positive integer",
        "page=-1      | page     | a positive integer",
        "page=first   | page     | a positive integer",
        "page=1.5     | page     | a positive integer",
        "limit=0      | limit    | an integer between 1 and 100",
        "limit=101    | limit    | an integer between 1 and 100",
        "limit=ten    | limit    | an integer between 1 and 100",
        "per_page=101 | per_page | an integer between 1 and 100",
        "perPage=0    | per_page | an integer between 1 and 100"
      })
  void outOfRangeOrNonNumericValuesAre400NamingTheParameter(String query, String name, String rule)
      throws Exception {
    mvc.perform(get("/test/numbers?total=1&" + query))
        .andExpect(
            apiError(
                400, "Bad Request", "Invalid value for parameter '" + name + "': must be " + rule));
  }

  @Test
  void theMaximumLimitIsAllowed() throws Exception {
    mvc.perform(get("/test/numbers?total=0&limit=100"))
        .andExpect(status().isOk())
        .andExpect(content().json("{\"meta\":{\"limit\":100}}", JsonCompareMode.LENIENT));
  }
}
