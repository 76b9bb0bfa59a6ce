/**
 * Paged ADO lists behind {@link dev.adolink.azure.paging.Paged}: an iterable (and stream) that
 * fetches the next page only when the caller gets there, whatever ADO's paging style.
 */
@NullMarked
package dev.adolink.azure.paging;

import org.jspecify.annotations.NullMarked;
