package org.snpmoc.conformance;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

class ProfilesUpToDateTest {

  @Test
  void profilesWereGeneratedFromTheCurrentImplementationGuide() throws IOException {
    Path hashFile = Path.of("profiles", "SOURCE-HASH");
    assertThat(hashFile).as("profiles/SOURCE-HASH (run implementation-guide/build.sh)").exists();

    String recorded = Files.readString(hashFile, StandardCharsets.UTF_8).trim();
    String current = IgSourceHash.of(Path.of("implementation-guide"));

    assertThat(current)
        .as("implementation-guide/ changed after profiles/ was generated; run implementation-guide/build.sh"
            + " and commit profiles/")
        .isEqualTo(recorded);
  }
}
