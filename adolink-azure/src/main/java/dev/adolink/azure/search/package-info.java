/** Work item search (the Search service, on its own host), paged with $skip/$top in the body. */
@NullMarked
package dev.adolink.azure.search;

import org.jspecify.annotations.NullMarked;
