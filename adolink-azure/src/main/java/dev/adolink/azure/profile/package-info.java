/**
 * Who the credentials belong to and where their organizations live: profile, accounts and
 * connection data on the global host, connection data and resource areas per organization.
 */
@NullMarked
package dev.adolink.azure.profile;

import org.jspecify.annotations.NullMarked;
