package dev.adolink.server.integration;

import dev.adolink.azure.AzureDevOps;
import dev.adolink.azure.Organization;
import dev.adolink.azure.auth.Credentials;
import dev.adolink.azure.error.AzureDevOpsException;
import dev.adolink.azure.error.TransportException;
import dev.adolink.azure.error.UnauthorizedException;
import dev.adolink.azure.profile.ConnectionData;
import dev.adolink.azure.profile.ResourceArea;
import dev.adolink.azure.transport.OrganizationUrl;
import dev.adolink.azure.transport.PublicAddresses;
import dev.adolink.server.system.ApiException;
import java.net.InetAddress;
import java.net.URI;
import java.net.UnknownHostException;
import java.util.Locale;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;

/**
 * Checks what a user typed in before anything is stored: the URL (https and a public address unless
 * insecure URLs are allowed; host names are resolved, so a name pointing at a private address is
 * refused too), then the credentials against the organization's connection data, and reads the
 * organization's id, name and base URL from ADO itself. Every failure is a 400 naming the field to
 * fix.
 */
@Component
class OrganizationCheck {

  private final AzureDevOps azure;
  private final AzureProperties properties;

  OrganizationCheck(AzureDevOps azure, AzureProperties properties) {
    this.azure = azure;
    this.properties = properties;
  }

  /**
   * @param credentialField the request field blamed when ADO rejects the credentials
   */
  ConnectedOrganization connect(String url, Credentials credentials, String credentialField) {
    OrganizationUrl parsed = parse(url);
    Organization ado = azure.organization(parsed.uri().toString(), credentials);
    ConnectionData data;
    try {
      data = ado.location().connectionData();
    } catch (UnauthorizedException e) {
      if (e.status() != 401 && !isTokenEndpoint(e)) {
        throw notAzureDevOps(parsed, e);
      }
      throw ApiException.invalid(credentialField, rejected(credentialField, e));
    } catch (TransportException e) {
      throw ApiException.invalid(
          "organizationUrl",
          "Could not reach "
              + parsed.uri().getHost()
              + " ("
              + e.serverMessage()
              + "). Check the URL and that adolink can reach it.");
    } catch (AzureDevOpsException e) {
      if (isTokenEndpoint(e)) {
        throw ApiException.invalid(credentialField, rejected(credentialField, e));
      }
      throw notAzureDevOps(parsed, e);
    }
    if (data.instanceId() == null || data.authenticatedUser() == null) {
      throw notAzureDevOps(parsed, null);
    }
    String baseUrl = baseUrl(ado, parsed);
    Organization client =
        baseUrl.equals(parsed.uri().toString()) ? ado : azure.organization(baseUrl, credentials);
    ConnectionData.User user = data.authenticatedUser();
    return new ConnectedOrganization(
        data.instanceId().toLowerCase(Locale.ROOT),
        OrganizationUrl.parse(baseUrl, true).name(),
        baseUrl,
        user.subjectDescriptor() != null ? user.subjectDescriptor() : user.descriptor(),
        user.displayName(),
        client);
  }

  /** The core resource area's location is the organization's base URL as ADO knows it. */
  private String baseUrl(Organization ado, OrganizationUrl typed) {
    try {
      return ado.location().resourceAreas().stream()
          .filter(area -> area.id().equalsIgnoreCase(ResourceArea.CORE))
          .map(ResourceArea::locationUrl)
          .filter(location -> !location.isBlank())
          .map(location -> location.endsWith("/") ? location : location + "/")
          .map(location -> parse(location).uri().toString())
          .findFirst()
          .orElse(typed.uri().toString());
    } catch (AzureDevOpsException e) {
      // Azure DevOps Server before 2019 has no resource areas: its URL is its base URL
      return typed.uri().toString();
    }
  }

  OrganizationUrl parse(String url) {
    OrganizationUrl parsed;
    try {
      parsed = OrganizationUrl.parse(url, properties.allowInsecureUrls());
    } catch (IllegalArgumentException e) {
      String message = capitalize(e.getMessage());
      throw ApiException.invalid(
          "organizationUrl",
          message.contains("e.g.")
              ? message
              : message + ". Use the organization's URL, e.g. https://dev.azure.com/myorg/.");
    }
    if (!properties.allowInsecureUrls()) {
      requirePublicAddresses(parsed.uri());
    }
    return parsed;
  }

  private static void requirePublicAddresses(URI uri) {
    InetAddress[] addresses;
    try {
      addresses = InetAddress.getAllByName(uri.getHost());
    } catch (UnknownHostException e) {
      throw ApiException.invalid(
          "organizationUrl",
          "The host " + uri.getHost() + " cannot be found: check the organization URL.");
    }
    for (InetAddress address : addresses) {
      Optional<String> refusal = PublicAddresses.refusal(address);
      if (refusal.isPresent()) {
        throw ApiException.invalid(
            "organizationUrl",
            "The host "
                + uri.getHost()
                + " resolves to "
                + address.getHostAddress()
                + ", a local or private address ("
                + refusal.get()
                + "), which adolink does not call.");
      }
    }
  }

  /** A failure at Entra ID's token endpoint: the service principal's credentials were refused. */
  private static boolean isTokenEndpoint(AzureDevOpsException e) {
    return e.url().contains("/oauth2/");
  }

  private static ApiException notAzureDevOps(
      OrganizationUrl url, @Nullable AzureDevOpsException cause) {
    return ApiException.invalid(
        "organizationUrl",
        url.uri()
            + " did not answer like an Azure DevOps organization"
            + (cause != null && cause.status() > 0 ? " (HTTP " + cause.status() + ")" : "")
            + ". Use the organization's URL, e.g. https://dev.azure.com/myorg/.");
  }

  private static String rejected(String field, AzureDevOpsException e) {
    return switch (field) {
      case "pat" ->
          "Azure DevOps rejected the personal access token. Check that it is valid, not expired,"
              + " and has access to this organization.";
      default ->
          "The service principal was not accepted"
              + (e.serverMessage() == null ? "" : " (" + e.serverMessage() + ")")
              + ". Check the tenant, client id and secret, and that the principal was added as a"
              + " user to the Azure DevOps organization.";
    };
  }

  private static String capitalize(String message) {
    return message.isEmpty()
        ? message
        : Character.toUpperCase(message.charAt(0)) + message.substring(1);
  }
}
