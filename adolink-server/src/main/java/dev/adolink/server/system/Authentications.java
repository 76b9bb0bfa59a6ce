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

  /** Email and password, for Basic on the token endpoint and for the UI login form. */
  static AuthenticationProvider passwords(UserAuthenticator authenticator) {
    return new AuthenticationProvider() {
      @Override
      public Authentication authenticate(Authentication request) {
        Optional<AuthenticatedUser> user =
            authenticator.byPassword(
                String.valueOf(request.getName()), String.valueOf(request.getCredentials()));
        return of(user.orElseThrow(() -> new BadCredentialsException("bad email or password")));
      }

      @Override
      public boolean supports(Class<?> type) {
        return UsernamePasswordAuthenticationToken.class.isAssignableFrom(type);
      }
    };
  }
}
