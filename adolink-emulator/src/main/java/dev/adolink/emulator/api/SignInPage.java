package dev.adolink.emulator.api;

/** The HTML page ADO answers (with status 203) to an unauthenticated API call. */
final class SignInPage {

  static final String HTML =
      """
      <!DOCTYPE html>
      <html>
      <head><title>Azure DevOps Services | Sign In</title></head>
      <body>
      <h1>Sign in to Azure DevOps</h1>
      <p>You need to sign in to access this resource.</p>
      <form method="post" action="/_signin"><button type="submit">Sign in</button></form>
      </body>
      </html>
      """;

  private SignInPage() {}
}
