/**
 * How calls authenticate: personal access tokens, OAuth bearer tokens refreshed before they expire
 * (Azure DevOps OAuth and Entra ID), and Entra ID service principals (client credentials).
 */
@NullMarked
package dev.adolink.azure.auth;

import org.jspecify.annotations.NullMarked;
