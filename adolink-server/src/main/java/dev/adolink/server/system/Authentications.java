package dev.adolink.server.system;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.springframework.security.authentication.AuthenticationProvider;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.web.authentication.WebAuthenticationDetails;

/** Turns an {@link AuthenticatedUser} into Spring Security's authentication and back. */
final class Authentications {

  static final String SUPERUSER = "ROLE_SUPERUSER";

  private Authentications() {}

  static Authentication of(AuthenticatedUser user) {
    List<GrantedAuthority> authorities = new ArrayList<>();
    authorities.add(new SimpleGrantedAuthority("ROLE_USER"));
    if (user.superuser()) {
      authorities.add(new SimpleGrantedAuthority(SUPERUSER));
    }
    return UsernamePasswordAuthenticationToken.authenticated(user, null, authorities);
  }

  /**
   * Email and password, for Basic on the token endpoint and for the UI login form; repeated
   * failures are throttled per account and per client address.
   */
  static AuthenticationProvider passwords(
      UserAuthenticator authenticator, SignInThrottle throttle) {
    return new AuthenticationProvider() {
      @Override
      public Authentication authenticate(Authentication request) {
        String email = String.valueOf(request.getName());
        String address =
            request.getDetails() instanceof WebAuthenticationDetails details
                    && details.getRemoteAddress() != null
                ? details.getRemoteAddress()
                : "unknown";
        throttle.check(email, address);
        Optional<AuthenticatedUser> user =
            authenticator.byPassword(email, String.valueOf(request.getCredentials()));
        if (user.isEmpty()) {
          throttle.failed(email, address);
          throw new BadCredentialsException("bad email or password");
        }
        throttle.succeeded(email);
        return of(user.get());
      }

      @Override
      public boolean supports(Class<?> type) {
        return UsernamePasswordAuthenticationToken.class.isAssignableFrom(type);
      }
    };
  }
}
