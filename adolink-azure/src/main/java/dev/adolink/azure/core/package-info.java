/** Core area: the organization's projects (all pages) and processes, and project creation. */
@NullMarked
package dev.adolink.azure.core;

import org.jspecify.annotations.NullMarked;
