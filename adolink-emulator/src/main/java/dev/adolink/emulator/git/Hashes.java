package dev.adolink.emulator.git;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/** SHA-1 object ids as Git computes them (blobs and commits are real Git hashes). */
final class Hashes {

  private Hashes() {}

  static String blob(byte[] content) {
    MessageDigest sha = sha1();
    sha.update(("blob " + content.length + "\0").getBytes(StandardCharsets.UTF_8));
    sha.update(content);
    return HexFormat.of().formatHex(sha.digest());
  }

  static String of(String text) {
    return HexFormat.of().formatHex(sha1().digest(text.getBytes(StandardCharsets.UTF_8)));
  }

  /** The id of the folder {@code path} in the tree {@code treeId}. */
  static String folder(String path, String treeId) {
    return of("tree:" + path + ":" + treeId);
  }

  /** A commit object's id: {@code commit <len>\0tree ...\nparent ...\nauthor ...}. */
  static String commit(
      String treeId,
      java.util.List<String> parents,
      Signature author,
      Signature committer,
      String comment) {
    StringBuilder body = new StringBuilder("tree ").append(treeId).append('\n');
    parents.forEach(p -> body.append("parent ").append(p).append('\n'));
    body.append("author ").append(person(author)).append('\n');
    body.append("committer ").append(person(committer)).append("\n\n").append(comment);
    byte[] bytes = body.toString().getBytes(StandardCharsets.UTF_8);
    MessageDigest sha = sha1();
    sha.update(("commit " + bytes.length + "\0").getBytes(StandardCharsets.UTF_8));
    sha.update(bytes);
    return HexFormat.of().formatHex(sha.digest());
  }

  private static String person(Signature s) {
    return s.name() + " <" + s.email() + "> " + s.date().getEpochSecond() + " +0000";
  }

  private static MessageDigest sha1() {
    try {
      return MessageDigest.getInstance("SHA-1");
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }
}
