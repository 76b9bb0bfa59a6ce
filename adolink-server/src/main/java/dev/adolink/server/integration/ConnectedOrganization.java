package dev.adolink.server.integration;

import dev.adolink.azure.Organization;
import org.jspecify.annotations.Nullable;

/**
 * An ADO organization as ADO described itself to a set of credentials that it accepted.
 *
 * @param id the organization (collection) id
 * @param baseUrl from the core resource area, ending with {@code /}
 * @param client a client with the credentials that were checked
 */
record ConnectedOrganization(
    String id,
    String name,
    String baseUrl,
    @Nullable String identityDescriptor,
    @Nullable String identityName,
    Organization client) {}
