/**
 * Java client for the Azure DevOps REST API. No Spring dependency. Start with {@link
 * dev.adolink.azure.AzureDevOps#builder()}.
 */
@NullMarked
package dev.adolink.azure;

import org.jspecify.annotations.NullMarked;
