/**
 * OAuth: legacy Azure DevOps OAuth and Microsoft Entra ID endpoints, apps, service principals,
 * consent.
 */
package dev.adolink.emulator.oauth;
