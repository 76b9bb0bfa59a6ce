package dev.adolink.emulator.hooks;

import dev.adolink.emulator.store.Organization;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

/**
 * The service hook data of one organization: its subscriptions, and the members who may not edit
 * subscriptions ({@code canManageHooks: false}). Read and change it under the organization's lock.
 */
final class HooksState {

  final Map<UUID, Subscription> subscriptions = new LinkedHashMap<>();
  final Set<UUID> cannotManage = new HashSet<>();

  static HooksState of(Organization org) {
    return org.feature(HooksState.class, o -> new HooksState());
  }
}
