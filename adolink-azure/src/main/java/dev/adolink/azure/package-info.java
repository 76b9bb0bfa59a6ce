/** Java client for the Azure DevOps REST API. No Spring dependency. */
package dev.adolink.azure;
