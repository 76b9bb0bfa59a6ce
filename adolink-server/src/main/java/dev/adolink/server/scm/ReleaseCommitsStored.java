package dev.adolink.server.scm;

/** A release's commits finished arriving; published in the transaction that links them. */
record ReleaseCommitsStored(long releaseId) {}
