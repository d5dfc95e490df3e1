package org.snpmoc.conformance;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;

/**
 * The hash implementation-guide/build.sh writes to profiles/SOURCE-HASH: SHA-256 over, for every IG source file in
 * byte-wise order of its '/'-separated relative path, the bytes of {@code path + "\n" + content + "\n"}. Generated
 * and tool folders and the top-level README.md are not sources.
 */
final class IgSourceHash {

  private static final Set<String> EXCLUDED_FOLDERS =
      Set.of("fsh-generated", ".tools", ".fhir-cache", "output", "temp", "input-cache");
  private static final String EXCLUDED_FILE = "README.md";

  private IgSourceHash() {}

  static String of(Path igDirectory) throws IOException {
    List<String> paths;
    try (Stream<Path> files = Files.walk(igDirectory)) {
      paths = files.filter(Files::isRegularFile)
          .map(f -> igDirectory.relativize(f).toString().replace('\\', '/'))
          .filter(IgSourceHash::isSource)
          .sorted(IgSourceHash::compareBytes)
          .toList();
    }
    MessageDigest sha256 = sha256();
    for (String path : paths) {
      ByteArrayOutputStream entry = new ByteArrayOutputStream();
      entry.writeBytes((path + "\n").getBytes(StandardCharsets.UTF_8));
      entry.writeBytes(Files.readAllBytes(igDirectory.resolve(path)));
      entry.write('\n');
      sha256.update(entry.toByteArray());
    }
    return HexFormat.of().formatHex(sha256.digest());
  }

  private static boolean isSource(String path) {
    int slash = path.indexOf('/');
    if (slash < 0) {
      return !path.equals(EXCLUDED_FILE);
    }
    return !EXCLUDED_FOLDERS.contains(path.substring(0, slash));
  }

  // Same order as `LC_ALL=C sort`: unsigned bytes of the UTF-8 path.
  private static int compareBytes(String a, String b) {
    return Arrays.compareUnsigned(a.getBytes(StandardCharsets.UTF_8), b.getBytes(StandardCharsets.UTF_8));
  }

  private static MessageDigest sha256() {
    try {
      return MessageDigest.getInstance("SHA-256");
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("SHA-256 is required by every Java runtime", e);
    }
  }
}
