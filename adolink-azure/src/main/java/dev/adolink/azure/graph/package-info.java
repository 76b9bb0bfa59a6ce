/**
 * Graph users (continuation-token paging) and IMS identities, and finding an ADO user by email on
 * Azure DevOps Services (graph) and Server (identities).
 */
@NullMarked
package dev.adolink.azure.graph;

import org.jspecify.annotations.NullMarked;
