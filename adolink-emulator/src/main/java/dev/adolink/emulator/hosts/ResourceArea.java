package dev.adolink.emulator.hosts;

import dev.adolink.emulator.ado.Host;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/** ADO's resource areas (fixed ids, the same in every organization) and the host each lives on. */
record ResourceArea(UUID id, String name, Host host) {

  static final List<ResourceArea> ALL =
      List.of(
          area("0d55247a-1c47-4462-9b1f-5e2125590ee6", "account", Host.APP_VSSPS),
          area("5d6898bb-45ec-463f-95f9-54d49c71752e", "build", Host.ORG),
          area("79bea8f8-c898-4965-8c51-8bbc3966faa8", "collection", Host.ORG),
          area("79134c72-4a58-4b42-976c-04e7115f32bf", "core", Host.ORG),
          area("a0848fa1-3593-4aec-949c-694c73f4c4ce", "delegatedAuth", Host.APP_VSSPS),
          area("a85b8835-c1a1-4aac-ae97-1c3d0ba72dbd", "distributedtask", Host.ORG),
          area("4e080c62-fa21-4fbc-8fef-2a10a2b38049", "git", Host.ORG),
          area("bb1e7ec9-e901-4b68-999a-de7012b920f8", "graph", Host.VSSPS),
          area("8a3d49b8-91f0-46ef-b33d-dda338c25db3", "ims", Host.VSSPS),
          area("e81700f7-3be2-46de-8624-2eb35882fcaa", "location", Host.ORG),
          area("2e0bf237-8973-4ec9-a581-9c3d679d1776", "pipelines", Host.ORG),
          area("fb13a388-40dd-4a04-b530-013a739c72ef", "policy", Host.ORG),
          area("8ccfef3d-2b87-4e99-8ccb-66e343d2daa8", "profile", Host.APP_VSSPS),
          area("efc2f575-36ef-48e9-b672-0c6fb4a48ac5", "release", Host.VSRM),
          area("ea48a0a1-269c-42d8-b8ad-ddc8fcdcf578", "search", Host.ALMSEARCH),
          area("3b95fb80-fdda-4218-b60e-1052d070ae6b", "test", Host.ORG),
          area("c83eaf52-edf3-4034-ae11-17d38f25404c", "testresults", Host.ORG),
          area("8aa40520-446d-40e6-89f6-9c9f9ce44c48", "tfvc", Host.ORG),
          area("5264459e-e5e0-4bd8-b118-0985e68a4ec5", "wit", Host.ORG),
          area("1d4f49f9-02b9-4e26-b826-2cdb6195f2a9", "work", Host.ORG),
          area("85f8c7b6-92fe-4ba6-8b6d-fbb67c809341", "worktracking", Host.ORG));

  private static ResourceArea area(String id, String name, Host host) {
    return new ResourceArea(UUID.fromString(id), name, host);
  }

  /** An area by id or name (case-insensitive). */
  static Optional<ResourceArea> find(String idOrName) {
    return ALL.stream()
        .filter(
            a -> a.id.toString().equalsIgnoreCase(idOrName) || a.name.equalsIgnoreCase(idOrName))
        .findFirst();
  }
}
