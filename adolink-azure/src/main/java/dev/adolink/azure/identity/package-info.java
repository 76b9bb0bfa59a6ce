/**
 * Identities as ADO writes them: IdentityRef objects in REST reads, {@code "Name <email>"} strings
 * in webhook payloads and search results, bare emails or display names in older payloads.
 */
@NullMarked
package dev.adolink.azure.identity;

import org.jspecify.annotations.NullMarked;
