package dev.advise.importer;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.entry;

import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * The inferences of MAPPING.md pinned on named corpus files (read in place; skipped when the corpus
 * is absent): what is certain or a strong hint is set, with its line, and nothing else.
 */
class ImportInferenceTest {

  private static Drafts.Imported k8s(String... files) {
    String[] args = new String[files.length + 2];
    args[0] = "import";
    args[1] = "-q";
    for (int i = 0; i < files.length; i++) {
      args[i + 2] = Corpus.file(files[i]).toString();
    }
    return Drafts.of(args);
  }

  @Test
  void aPrivilegedDaemonSetIsPrivilegedAndNotedAsANodeAgent() {
    Drafts.Imported d =
        k8s(
            "k8s/NVIDIA__k8s-device-plugin/deployments__static__nvidia-device-plugin-privileged-with-service-account.yml");
    assertThat(d.spec("nvidia-device-plugin-daemonset"))
        .containsExactly(entry("isolation.privileged", "true"));
    assertThat(d.result().out())
        .contains(
            "privileged: true  # deployments__static__nvidia-device-plugin-privileged-with-service-account.yml:130:"
                + " privileged container nvidia-device-plugin-ctr (certain)")
        .contains("a DaemonSet is a node agent");
  }

  @Test
  void aGpuRequestIsCountedAndAJobIsBatch() {
    Drafts.Imported d = k8s("k8s/NVIDIA__k8s-device-plugin/testdata__job-1.yaml");
    Map<String, String> spec = d.specs().values().iterator().next();
    assertThat(spec)
        .containsExactly(
            entry("type", "batch"),
            entry("resources.gpu.count", "1"),
            entry("resources.gpu.sharing", "dedicated"),
            entry("hardware.devices", "[gpu]"));
    assertThat(d.result().out())
        .contains("count: 1  # testdata__job-1.yaml:21: limits ask for 1 GPU(s) (certain)")
        .contains("sharing: dedicated  # testdata__job-1.yaml:21:")
        .contains("(strong hint)");
  }

  @Test
  void aWindowsNodeSelectorIsCertain() {
    Drafts.Imported d =
        k8s("k8s/kubernetes__website/content__en__examples__windows__simple-pod.yaml");
    Map<String, String> spec = d.specs().values().iterator().next();
    assertThat(spec)
        .containsEntry("os.family", "windows")
        .containsEntry("licensing.product", "Windows Server");
    assertThat(d.result().out())
        .contains(
            "family: windows  # content__en__examples__windows__simple-pod.yaml:20:"
                + " nodeSelector kubernetes.io/os: windows (the scheduler acts on it) (certain)");
  }

  @Test
  void aWindowsImageWithoutASelectorIsOnlyAStrongHint() {
    Drafts.Imported d =
        k8s("k8s/kubernetes__website/content__en__examples__windows__deploy-resource.yaml");
    assertThat(d.spec("iis")).containsEntry("os.family", "windows");
    assertThat(d.result().out())
        .contains(
            "family: windows  # content__en__examples__windows__deploy-resource.yaml:17:"
                + " image microsoft/iis is a Windows container image (a selector would make it certain) (strong hint)");
  }

  @Test
  void aStatefulSetWithClaimsIsStatefulAndItsCapabilitiesAreListed() {
    Drafts.Imported d =
        k8s("k8s/kubernetes__examples/databases__cassandra__cassandra-statefulset.yaml");
    assertThat(d.spec("cassandra"))
        .containsEntry("state", "stateful")
        .containsEntry("scaling.instances", "3")
        .containsEntry("isolation.privileged", "true");
    assertThat(d.result().out())
        .contains(
            "state: stateful  # databases__cassandra__cassandra-statefulset.yaml:99: StatefulSet volumeClaimTemplates"
                + " cassandra-data")
        .contains("capabilities IPC_LOCK in cassandra (certain)");
  }

  @Test
  void guaranteedQosMeansReservedResourcesNeverLatency() {
    Drafts.Imported d =
        k8s("k8s/kubernetes__website/content__en__examples__pods__qos__qos-pod.yaml");
    assertThat(d.spec("qos-demo"))
        .containsExactly(
            entry("sla.resources", "guaranteed"),
            entry("resources.cpu", "700m"),
            entry("resources.memory", "200Mi"));
    assertThat(d.result().out()).contains("says nothing about latency (strong hint)");
  }

  @Test
  void anHpaJoinedDeploymentKeepsReplicasAsAStartingValueOnly() {
    Drafts.Imported d =
        k8s(
            "k8s/GoogleCloudPlatform__kubernetes-engine-samples/quickstarts__hello-app__manifests__helloweb-deployment.yaml",
            "k8s/GoogleCloudPlatform__kubernetes-engine-samples/quickstarts__hello-app__manifests__helloweb-hpa.yaml");
    assertThat(d.spec("helloweb")).containsExactly(entry("resources.cpu", "200m"));
    assertThat(d.result().out())
        .contains("joined HorizontalPodAutoscaler cpu")
        .contains("scales between 1 and 5 replicas")
        .contains("the autoscaler aims at 30% of requests");
    // alone, the same Deployment's replicas are its instance count
    assertThat(
            k8s("k8s/GoogleCloudPlatform__kubernetes-engine-samples/quickstarts__hello-app__manifests__helloweb-deployment.yaml")
                .result()
                .out())
        .doesNotContain("joined HorizontalPodAutoscaler");
  }

  @Test
  void anSriovResourceIsSrIovByItsNetworkAttachmentDefinition() {
    Drafts.Imported d = k8s("k8s/k8snetworkplumbingwg__multus-cni/examples__sriov-pod.yml");
    assertThat(d.spec("testpod1")).containsExactly(entry("hardware.devices", "[sr-iov]"));
    assertThat(d.result().out())
        .contains("devices: [sr-iov]  # examples__sriov-pod.yml:46:")
        .contains("(strong hint)");
  }

  @Test
  void aComposeGpuReservationIsAGpuButATemplatedCountIsUnknown() {
    Drafts.Imported d =
        k8s(
            "compose/NVIDIA__GenerativeAIExamples/RAG__examples__local_deploy__docker-compose-nim-ms.yaml");
    assertThat(d.spec("nemollm-inference"))
        .containsEntry("hardware.devices", "[gpu]")
        .containsEntry("licensing.product", "NVIDIA NIM")
        .doesNotContainKey("resources.gpu.count");
    assertThat(d.result().out())
        .contains("the GPU reservation's count is 'all' or templated")
        .contains("optional service: it runs only with the profiles local-nim, nemo-retriever");
  }

  @Test
  void commentedOutHardwareIsNotHardware() {
    Drafts.Imported d = k8s("compose/blakeblackshear__frigate/docker-compose.yml");
    d.specs()
        .values()
        .forEach(
            spec -> assertThat(spec).doesNotContainKeys("resources.gpu.count", "hardware.devices"));
  }

  @Test
  void aPlainWebDeploymentGainsNoFieldItDoesNotState() {
    Drafts.Imported d =
        k8s("k8s/kubernetes__website/content__en__examples__application__php-apache.yaml");
    assertThat(d.spec("php-apache")).containsExactly(entry("resources.cpu", "200m"));
  }

  @Test
  void aDatabaseImageIsOnlyAHintAndAFreeOracleEditionIsLicensedAsNone() {
    Drafts.Imported d =
        k8s(
            "compose/oracle__docker-images/OracleDatabase__SingleInstance__samples__client-examples__podman-compose__compose.yaml");
    assertThat(d.spec("oracle-free"))
        .containsEntry("licensing.product", "Oracle Database Free")
        .containsEntry("licensing.model", "none")
        .doesNotContainKey("type");
  }
}
