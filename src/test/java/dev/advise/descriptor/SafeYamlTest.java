package dev.advise.descriptor;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.yaml.snakeyaml.nodes.NodeId;
import org.yaml.snakeyaml.nodes.Tag;
import org.yaml.snakeyaml.resolver.Resolver;

/** advise's pattern-free resolver agrees with SnakeYAML's on everything advise reads from a tag. */
class SafeYamlTest {

  private static final Resolver SNAKEYAML = new Resolver();

  @Test
  void nullAndMergeResolveAsSnakeYamlResolvesThemAndEverythingElseIsAString() {
    List<String> scalars =
        List.of(
            "",
            " ",
            "~",
            "null",
            "Null",
            "NULL",
            "nULL",
            "nul",
            "none",
            "Nothing",
            "<<",
            "<",
            "<<<",
            "yes",
            "No",
            "on",
            "true",
            "1",
            "-2.5",
            "0x1F",
            ".inf",
            "2024-01-01",
            "99.99%",
            "50us",
            "multi",
            "=",
            "~~",
            "null ",
            "\u0000");
    for (String s : scalars) {
      Tag theirs = SNAKEYAML.resolve(NodeId.scalar, s, true);
      Tag ours = SafeYaml.RESOLVER.resolve(NodeId.scalar, s, true);
      if (theirs.equals(Tag.NULL) || theirs.equals(Tag.MERGE)) {
        assertThat(ours).as("'%s'", s).isEqualTo(theirs);
      } else {
        assertThat(ours).as("'%s'", s).isEqualTo(Tag.STR);
      }
    }
  }

  @Test
  void quotedScalarsAndCollectionsResolveAsInSnakeYaml() {
    for (String s : List.of("", "null", "<<", "1")) {
      assertThat(SafeYaml.RESOLVER.resolve(NodeId.scalar, s, false))
          .isEqualTo(SNAKEYAML.resolve(NodeId.scalar, s, false));
    }
    assertThat(SafeYaml.RESOLVER.resolve(NodeId.mapping, null, true)).isEqualTo(Tag.MAP);
    assertThat(SafeYaml.RESOLVER.resolve(NodeId.sequence, null, true)).isEqualTo(Tag.SEQ);
  }

  @Test
  void loaderOptionsAreBuiltOncePerLimitsAndFollowThem() {
    Limits small = new Limits(1000, 3, 7);
    var first = SafeYaml.options(small);
    assertThat(SafeYaml.options(new Limits(1000, 3, 7))).isSameAs(first);
    assertThat(first.getCodePointLimit()).isEqualTo(1000 + 1024);
    assertThat(first.getMaxAliasesForCollections()).isEqualTo(4);
    assertThat(first.getNestingDepthLimit()).isEqualTo(17);
    assertThat(first.isAllowDuplicateKeys()).isFalse();
    var other = SafeYaml.options(Limits.DEFAULT);
    assertThat(other).isNotSameAs(first);
    assertThat(other.getMaxAliasesForCollections()).isEqualTo(Limits.DEFAULT.maxAliases() + 1);
  }
}
