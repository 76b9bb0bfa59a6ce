/**
 * Work item tracking: work items (read, create, update through a JSON Patch builder, $batch), their
 * types, fields, states and categories, classification nodes, tags, WIQL and comments.
 */
@NullMarked
package dev.adolink.azure.wit;

import org.jspecify.annotations.NullMarked;
