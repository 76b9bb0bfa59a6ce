package dev.adolink.server.system;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Base64;
import javax.crypto.spec.SecretKeySpec;
import org.junit.jupiter.api.Test;

class SecretCipherTest {

  private final SecretCipher cipher = new SecretCipher(key(1));

  @Test
  void decryptsWhatItEncrypted() {
    String stored = cipher.encrypt("my personal access token ✓");
    assertThat(stored).startsWith("v1:").doesNotContain("personal");
    assertThat(cipher.decrypt(stored)).isEqualTo("my personal access token ✓");
  }

  @Test
  void encryptingTheSameSecretTwiceGivesDifferentCiphertexts() {
    assertThat(cipher.encrypt("same")).isNotEqualTo(cipher.encrypt("same"));
  }

  @Test
  void refusesAlteredCiphertext() {
    byte[] raw = Base64.getDecoder().decode(cipher.encrypt("secret").substring(3));
    raw[raw.length - 1] ^= 1;
    String altered = "v1:" + Base64.getEncoder().encodeToString(raw);
    assertThatThrownBy(() -> cipher.decrypt(altered)).isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void refusesCiphertextOfAnotherKey() {
    String stored = new SecretCipher(key(2)).encrypt("secret");
    assertThatThrownBy(() -> cipher.decrypt(stored)).isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void refusesPlainText() {
    assertThatThrownBy(() -> cipher.decrypt("secret"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("v1:");
  }

  private static SecretKeySpec key(int seed) {
    byte[] bytes = new byte[32];
    bytes[0] = (byte) seed;
    return new SecretKeySpec(bytes, "AES");
  }
}
