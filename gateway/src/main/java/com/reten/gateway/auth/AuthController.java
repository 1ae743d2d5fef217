package com.reten.gateway.auth;

import com.reten.api.audit.ActorType;
import com.reten.api.audit.EventMetadata;
import com.reten.api.error.ErrorCode;
import com.reten.api.error.RetenException;
import com.reten.api.session.EndSessionCommand;
import com.reten.api.session.RotateSessionCommand;
import com.reten.api.session.SessionRotation;
import com.reten.api.session.StartSessionCommand;
import com.reten.api.user.CallerView;
import com.reten.api.user.FindCallerQuery;
import com.reten.api.user.FindUserCredentialsQuery;
import com.reten.api.user.UserCredentialsView;
import com.reten.gateway.command.Commands;
import com.reten.gateway.security.Caller;
import com.reten.gateway.security.JwtCodec;
import com.reten.gateway.security.PasswordHasher;
import com.reten.gateway.security.PublicEndpoint;
import com.reten.gateway.security.SignedIn;
import com.reten.gateway.web.ApiError;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.Valid;
import java.time.Clock;
import java.time.Instant;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.axonframework.messaging.responsetypes.ResponseTypes;
import org.axonframework.modelling.command.AggregateNotFoundException;
import org.axonframework.queryhandling.QueryGateway;
import org.springframework.http.HttpHeaders;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.CookieValue;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

@Tag(name = "Auth", description = "Sign-in with rotating refresh cookies")
@RestController
@RequestMapping("/api/auth")
class AuthController {

  private static final String INVALID_CREDENTIALS = "Invalid credentials";
  private static final String INVALID_SESSION = "Invalid or expired refresh token";

  private final Commands commands;
  private final QueryGateway queries;
  private final PasswordHasher hasher;
  private final JwtCodec jwt;
  private final RefreshCookie cookie;
  private final LoginThrottle throttle;
  private final Clock clock;

  AuthController(
      Commands commands,
      QueryGateway queries,
      PasswordHasher hasher,
      JwtCodec jwt,
      RefreshCookie cookie,
      LoginThrottle throttle,
      Clock clock) {
    this.commands = commands;
    this.queries = queries;
    this.hasher = hasher;
    this.jwt = jwt;
    this.cookie = cookie;
    this.throttle = throttle;
    this.clock = clock;
  }

  @Operation(
      operationId = "login",
      summary = "Sign in",
      description =
          "Returns an access token and sets the HTTP-only refreshToken cookie (Path=/api/auth,"
              + " SameSite=Strict). Unknown user and wrong password give the same 401. Repeated"
              + " failures for one identifier or from one address get 429 with Retry-After.")
  @ApiResponse(responseCode = "200", description = "Signed in", useReturnTypeSchema = true)
  @ApiResponse(
      responseCode = "401",
      description = "Wrong identifier or password",
      content = @Content(schema = @Schema(implementation = ApiError.class)))
  @PostMapping("/login")
  @PublicEndpoint
  ResponseEntity<LoginResponse> login(
      @Valid @RequestBody LoginRequest request, HttpServletRequest http) {
    throttle.checkAllowed(request.identifier(), http.getRemoteAddr());
    Optional<UserCredentialsView> credentials =
        queries
            .query(
                new FindUserCredentialsQuery(request.identifier()),
                ResponseTypes.optionalInstanceOf(UserCredentialsView.class))
            .join();
    String hash = credentials.map(UserCredentialsView::passwordHash).orElse(null);
    if (!hasher.matches(request.password(), hash)) {
      throttle.recordFailure(request.identifier(), http.getRemoteAddr());
      throw new RetenException(ErrorCode.INVALID_CREDENTIALS, INVALID_CREDENTIALS);
    }
    CallerView user = findUser(credentials.get().userId());
    RefreshToken refresh = RefreshToken.startFamily();
    Instant now = clock.instant();
    commands.sendUnprojected(
        new StartSessionCommand(
            refresh.sessionId(), user.userId(), refresh.hash(), now.plus(cookie.ttl()), now),
        Map.of(
            EventMetadata.ACTOR_TYPE,
            ActorType.USER.name(),
            EventMetadata.ACTOR_ID,
            user.userId().toString()));
    var body =
        new LoginResponse(
            jwt.issue(user.userId()),
            new LoginResponse.SignedInUser(
                user.userId(), user.email(), user.firstName(), user.lastName()));
    return ResponseEntity.ok().header(HttpHeaders.SET_COOKIE, cookie.issue(refresh)).body(body);
  }

  @Operation(
      operationId = "refresh",
      summary = "Exchange the refresh cookie for a new access token",
      description =
          "Rotates the refresh cookie. Presenting a refresh token that was already rotated revokes"
              + " its whole token family (every later refresh of that sign-in is 401).")
  @ApiResponse(responseCode = "200", description = "A new access token", useReturnTypeSchema = true)
  @ApiResponse(
      responseCode = "401",
      description = "No refresh token, or one that is expired, revoked or already used",
      content = @Content(schema = @Schema(implementation = ApiError.class)))
  @PostMapping("/refresh")
  @PublicEndpoint
  ResponseEntity<AccessTokenResponse> refresh(
      @CookieValue(name = RefreshCookie.NAME, required = false) String presented,
      HttpServletResponse response) {
    RefreshToken current = RefreshToken.parse(presented).orElseThrow(() -> rejected(response));
    RefreshToken next = current.next();
    Instant now = clock.instant();
    SessionRotation rotation;
    try {
      rotation =
          commands.sendUnprojected(
              new RotateSessionCommand(
                  current.sessionId(), current.hash(), next.hash(), now.plus(cookie.ttl()), now),
              Map.of());
    } catch (AggregateNotFoundException e) {
      throw rejected(response);
    }
    if (!rotation.rotated()) {
      throw rejected(response);
    }
    if (findUser(rotation.userId()).sessionRevoked(rotation.startedAt())) {
      throw rejected(response); // a password reset or membership removal ended this sign-in
    }
    return ResponseEntity.ok()
        .header(HttpHeaders.SET_COOKIE, cookie.issue(next))
        .body(new AccessTokenResponse(jwt.issue(rotation.userId())));
  }

  @Operation(
      operationId = "logout",
      summary = "Sign out",
      description =
          "Revokes the refresh token family of the refresh cookie and clears the cookie; 200 without a cookie too.")
  @PostMapping("/logout")
  @PublicEndpoint
  ResponseEntity<MessageResponse> logout(
      @CookieValue(name = RefreshCookie.NAME, required = false) String presented) {
    RefreshToken.parse(presented).ifPresent(this::endSession);
    return ResponseEntity.ok()
        .header(HttpHeaders.SET_COOKIE, cookie.clear())
        .body(new MessageResponse("Logged out successfully"));
  }

  @Operation(
      operationId = "getMe",
      summary = "Who am I",
      description =
          "The signed-in user with their tenants and roles: without x-tenant-id the roles across all their tenants, with it the roles there.")
  @GetMapping("/me")
  @SignedIn
  MeResponse me(Caller caller) {
    CallerView user = caller.user();
    return new MeResponse(
        user.userId(),
        user.email(),
        user.firstName(),
        user.lastName(),
        caller.tenantIds().stream().sorted().toList(),
        caller.roles().stream().sorted().toList());
  }

  private void endSession(RefreshToken token) {
    try {
      commands.sendUnprojected(new EndSessionCommand(token.sessionId(), clock.instant()), Map.of());
    } catch (AggregateNotFoundException e) {
      // Nothing to revoke: the cookie named no session. Signing out still succeeds.
    }
  }

  private CallerView findUser(UUID userId) {
    return queries
        .query(new FindCallerQuery(userId), ResponseTypes.optionalInstanceOf(CallerView.class))
        .join()
        .orElseThrow(() -> new RetenException(ErrorCode.UNAUTHENTICATED, INVALID_SESSION));
  }

  private RetenException rejected(HttpServletResponse response) {
    response.addHeader(HttpHeaders.SET_COOKIE, cookie.clear());
    return new RetenException(ErrorCode.UNAUTHENTICATED, INVALID_SESSION);
  }
}
