package dev.adolink.emulator.git;

/** A ref moved by a push; ids are 40 zeros for "none". */
public record RefUpdate(String name, String oldObjectId, String newObjectId) {

  public static final String ZERO = "0000000000000000000000000000000000000000";
}
