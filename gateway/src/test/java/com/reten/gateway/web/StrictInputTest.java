package com.reten.gateway.web;

import static com.reten.gateway.web.ApiErrorMatchers.apiError;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.test.json.JsonCompareMode;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;

/** API.md 1.3: a value of the wrong JSON type is refused with a 400 naming it, never converted. */
@WebSliceTest
class StrictInputTest {

  @Autowired MockMvc mvc;

  @Test
  void valuesOfTheRightTypeAreRead() throws Exception {
    String body =
        """
        {"name":"Ana","active":true,"count":3,"startsAt":"2030-01-02T03:04:05Z","plan":"PRO"}
        """;
    postTyped(body)
        .andExpect(status().isOk())
        .andExpect(content().json(body, JsonCompareMode.STRICT));
  }

  @ParameterizedTest
  @CsvSource(
      delimiter = '|',
      value = {
        "{\"name\":123}                          | name",
        "{\"name\":1.5}                          | name",
        "{\"name\":true}                         | name",
        "{\"active\":1767225600}                 | active",
        "{\"active\":\"true\"}                   | active",
        "{\"count\":\"3\"}                       | count",
        "{\"count\":1.5}                         | count",
        "{\"count\":true}                        | count",
        "{\"starts_at\":\"\"}                    | starts_at",
        "{\"starts_at\":\"+999999999-12-31T23:59:59Z\"} | starts_at",
        "{\"starts_at\":\"-000001-01-01T00:00:00Z\"}    | starts_at",
        "{\"plan\":1}                            | plan"
      })
  void aValueOfAnotherTypeIsRefusedNamingTheField(String body, String field) throws Exception {
    postTyped(body)
        .andExpect(apiError(400, "Bad Request", "Invalid value for field '" + field + "'"));
  }

  @ParameterizedTest
  @ValueSource(strings = {"{\"name\":\"a\"}}", "{\"name\":\"a\"}{}", "{}[]", "{} x"})
  void contentAfterTheDocumentIsRefused(String body) throws Exception {
    postTyped(body).andExpect(apiError(400, "Bad Request", "Malformed JSON request body"));
  }

  @Test
  void aKeyTwiceIsRefused() throws Exception {
    postTyped("{\"name\":\"a\",\"name\":\"b\"}")
        .andExpect(apiError(400, "Bad Request", "Duplicate field 'name' in request body"));
  }

  @ParameterizedTest
  @ValueSource(strings = {"*/*", "application/*", "*/json"})
  void aWildcardContentTypeIs415(String contentType) throws Exception {
    mvc.perform(post("/test/typed").contentType(contentType).content("{\"name\":\"a\"}"))
        .andExpect(
            apiError(415, "Unsupported Media Type", "Content-Type must be application/json"));
  }

  @Test
  void anInstantParameterIsBoundedToo() throws Exception {
    mvc.perform(get("/test/instants").param("from", "2030-01-02T03:04:05Z"))
        .andExpect(status().isOk());
    mvc.perform(get("/test/instants").param("from", "+999999999-12-31T23:59:59Z"))
        .andExpect(apiError(400, "Bad Request", "Invalid value for parameter 'from'"));
  }

  private ResultActions postTyped(String json) throws Exception {
    return mvc.perform(post("/test/typed").contentType(MediaType.APPLICATION_JSON).content(json));
  }
}
