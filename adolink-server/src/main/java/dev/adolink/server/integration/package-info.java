/**
 * Azure DevOps installations: install flows (PAT, service principal, Entra ID OAuth), encrypted
 * identities and their refresh, sync configuration and user mappings, service hook subscriptions
 * and their health (posting to {@link dev.adolink.server.integration.ServiceHooks#PATH}). Other
 * features use the {@link dev.adolink.server.integration.Installations} facade.
 */
@NullMarked
package dev.adolink.server.integration;

import org.jspecify.annotations.NullMarked;
