/**
 * Work item search on the almsearch host ({@code _apis/search/workitemsearchresults}): text and
 * filter matching, highlights, facets, paging; absent for organizations without search.
 */
package dev.adolink.emulator.search;
