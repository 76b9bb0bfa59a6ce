package dev.adolink.server.scm;

/** A code mapping was saved; published in the transaction that saves it. */
record CodeMappingSaved(long organizationId, long projectId, long mappingId) {}
