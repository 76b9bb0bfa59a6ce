package dev.adolink.azure.error;

/**
 * The organization's server does not offer a feature: its REST API version is too old (Azure DevOps
 * Server negotiated below what the resource needs), or the service is not deployed there (no
 * resource area for it, e.g. work item search without the Search extension). No request was sent.
 */
public class UnsupportedFeatureException extends AzureDevOpsException {
  public UnsupportedFeatureException(String method, String url, String explanation) {
    super(method, url, 0, null, explanation, null);
  }
}
