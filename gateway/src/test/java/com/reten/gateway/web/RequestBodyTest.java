package com.reten.gateway.web;

import static com.reten.gateway.web.ApiErrorMatchers.apiError;
import static com.reten.gateway.web.ApiErrorMatchers.validationError;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.test.json.JsonCompareMode;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;

@WebSliceTest
class RequestBodyTest {

  // What /test/signups echoes back: always camelCase, whatever spelling came in.
  private static final String ECHOED =
      """
      {"adminEmail":"ana@acme.test","companyName":"Acme",
       "billingAddress":{"streetLine":"1 Main St","zipCode":"1000"},
       "seatAssignments":[{"userEmail":"bo@acme.test"}],
       "plan":"PRO","ownerId":"6f1c2a4e-0000-4000-8000-000000000001","seatCount":3}
      """;

  @Autowired MockMvc mvc;

  @Test
  void snakeCaseBodyIsAcceptedIncludingNestedRecordsAndLists() throws Exception {
    postSignup(
            """
            {"admin_email":"ana@acme.test","company_name":"Acme",
             "billing_address":{"street_line":"1 Main St","zip_code":"1000"},
             "seat_assignments":[{"user_email":"bo@acme.test"}],
             "plan":"PRO","owner_id":"6f1c2a4e-0000-4000-8000-000000000001","seat_count":3}
            """)
        .andExpect(status().isOk())
        .andExpect(content().json(ECHOED, JsonCompareMode.STRICT));
  }

  @Test
  void camelCaseBodyIsAcceptedToo() throws Exception {
    postSignup(ECHOED)
        .andExpect(status().isOk())
        .andExpect(content().json(ECHOED, JsonCompareMode.STRICT));
  }

  @Test
  void unknownFieldsAreIgnored() throws Exception {
    postSignup(
            """
            {"admin_email":"ana@acme.test","companyName":"Acme","tenant_id":"x","extra":{"a":1},
             "billing_address":{"street_line":"1 Main St","zip_code":"1000","country":"AR"},
             "seat_assignments":[{"user_email":"bo@acme.test","role":"x"}],
             "plan":"PRO","owner_id":"6f1c2a4e-0000-4000-8000-000000000001","seat_count":3}
            """)
        .andExpect(status().isOk())
        .andExpect(content().json(ECHOED, JsonCompareMode.STRICT));
  }

  @Test
  void violationsAreListedWithSnakeCaseFieldPaths() throws Exception {
    postSignup(
            """
            {"admin_email":"not-an-email","billing_address":{"street_line":" "},
             "seat_assignments":[{"user_email":"bo@acme.test"},{"user_email":""}]}
            """)
        .andExpect(
            validationError(
                "admin_email", "must be a well-formed email address",
                "billing_address.street_line", "must not be blank",
                "company_name", "must not be blank",
                "seat_assignments[1].user_email", "must not be blank"));
  }

  @ParameterizedTest
  @CsvSource(
      delimiter = '|',
      value = {
        "{\"plan\":\"ENTERPRISE\"}                     | plan",
        "{\"owner_id\":\"not-a-uuid\"}                 | owner_id",
        "{\"seatCount\":\"many\"}                      | seat_count",
        "{\"billing_address\":{\"zip_code\":[1]}}      | billing_address.zip_code",
        "{\"seat_assignments\":[{\"user_email\":{}}]}  | seat_assignments[0].user_email"
      })
  void aValueOfTheWrongTypeNamesTheField(String body, String field) throws Exception {
    postSignup(body)
        .andExpect(apiError(400, "Bad Request", "Invalid value for field '" + field + "'"));
  }

  @Test
  void malformedJsonIs400() throws Exception {
    postSignup("{\"admin_email\": ")
        .andExpect(apiError(400, "Bad Request", "Malformed JSON request body"));
  }

  @Test
  void aMissingBodyIs400() throws Exception {
    mvc.perform(post("/test/signups").contentType(MediaType.APPLICATION_JSON))
        .andExpect(apiError(400, "Bad Request", "Request body is missing"));
  }

  private ResultActions postSignup(String json) throws Exception {
    return mvc.perform(post("/test/signups").contentType(MediaType.APPLICATION_JSON).content(json));
  }
}
