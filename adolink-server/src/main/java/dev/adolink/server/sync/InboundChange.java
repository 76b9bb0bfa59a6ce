package dev.adolink.server.sync;

import java.util.List;

/**
 * A change worked out from a delivery (any ADO calls already made), applied to the tracker in the
 * delivery's transaction; answers what it did for the sync log.
 */
@FunctionalInterface
interface InboundChange {

  InboundChange NONE = List::of;

  List<SyncLog.Entry> apply();

  static InboundChange logOnly(List<SyncLog.Entry> entries) {
    return () -> entries;
  }
}
