package org.parcours.it;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Enumeration;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;
import java.util.zip.ZipInputStream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.yaml.snakeyaml.Yaml;

/**
 * The container image and Kubernetes manifests of deploy/ cannot be run here (no container engine),
 * so they are checked against what they must agree with: the YAML parses, the probes ask the health
 * endpoints Parcours serves on the port it listens on, every PARCOURS_* variable they set is one the
 * built WAR reads, the data grid's discovery names a service that exists, and the image's Payara
 * Micro is the version the tests run.
 */
class DeploymentFilesIT {

    private static final Path DEPLOY = Path.of(System.getProperty("parcours.it.deploy"));
    /** Configuration keys as the WAR's classes and properties spell them (not package names). */
    private static final Pattern CONFIG_KEY = Pattern.compile("(?<![\\w./-])parcours\\.[a-z][a-z0-9.-]*[a-z0-9]");

    private static Set<String> variablesParcoursReads;
    private static List<Map<String, Object>> manifests;

    @BeforeAll
    static void read() throws IOException {
        variablesParcoursReads = new TreeSet<>();
        for (String key : configurationKeys(Path.of(System.getProperty("parcours.it.war")))) {
            // MicroProfile Config's mapping of a property to an environment variable.
            variablesParcoursReads.add(key.toUpperCase(Locale.ROOT).replaceAll("[^A-Z0-9]", "_"));
        }
        manifests = new ArrayList<>();
        for (String file : List.of("kubernetes/parcours.yaml", "kubernetes/secret.example.yaml")) {
            for (Object document : new Yaml().loadAll(Files.readString(DEPLOY.resolve(file)))) {
                manifests.add(map(document));
            }
        }
    }

    @Test
    void the_war_reads_the_variables_the_readme_documents() {
        assertThat(variablesParcoursReads).contains("PARCOURS_DB_URL", "PARCOURS_DB_USER", "PARCOURS_DB_PASSWORD",
                "PARCOURS_BASE_URL", "PARCOURS_OIDC_ISSUER", "PARCOURS_OIDC_CLIENT_ID", "PARCOURS_OIDC_CLIENT_SECRET",
                "PARCOURS_FILES_DIR", "PARCOURS_MAIL_HOST", "PARCOURS_DEMO_ENABLED");
    }

    @Test
    void the_pods_are_probed_on_the_health_endpoints_of_the_port_parcours_listens_on() {
        Map<String, Object> container = container();
        List<Object> args = list(container.get("args"));
        int httpPort = Integer.parseInt(String.valueOf(args.get(args.indexOf("--port") + 1)));
        assertThat(containerPort(container, "http")).isEqualTo(httpPort);
        assertThat(probe(container, "readinessProbe")).containsEntry("path", "/health/ready").containsEntry("port", "http");
        assertThat(probe(container, "livenessProbe")).containsEntry("path", "/health/live").containsEntry("port", "http");
        assertThat(probe(container, "startupProbe")).containsEntry("path", "/health/live").containsEntry("port", "http");
        assertThat(args).containsSequence("--deploy", "/opt/payara/deployments/parcours.war")
                .containsSequence("--contextroot", "/");
    }

    @Test
    void every_variable_given_to_the_pods_is_one_parcours_reads_and_every_secret_is_in_the_secret() {
        Map<String, Object> container = container();
        Set<String> given = new HashSet<>();
        Map<String, Object> secret = stringData(find("Secret", "parcours"));
        for (Object item : list(container.get("env"))) {
            Map<String, Object> env = map(item);
            String name = (String) env.get("name");
            given.add(name);
            Map<String, Object> from = env.containsKey("valueFrom") ? map(env.get("valueFrom")) : Map.of();
            if (from.containsKey("secretKeyRef")) {
                Map<String, Object> ref = map(from.get("secretKeyRef"));
                assertThat(ref.get("name")).isEqualTo("parcours");
                assertThat(secret).as("the secret of the example").containsKey((String) ref.get("key"));
            }
        }
        for (Object item : list(container.get("envFrom"))) {
            String configMap = (String) map(map(item).get("configMapRef")).get("name");
            given.addAll(map(find("ConfigMap", configMap).get("data")).keySet());
        }
        given.removeIf(name -> !name.startsWith("PARCOURS_"));
        assertThat(given).contains("PARCOURS_DB_URL", "PARCOURS_DB_USER", "PARCOURS_DB_PASSWORD", "PARCOURS_FILES_DIR");
        assertThat(variablesParcoursReads).as("variables Parcours reads").containsAll(given);
        assertThat(variablesParcoursReads).containsAll(secret.keySet());

        String filesDir = (String) map(find("ConfigMap", "parcours").get("data")).get("PARCOURS_FILES_DIR");
        assertThat(list(container.get("volumeMounts"))).anySatisfy(
                mount -> assertThat(map(mount)).containsEntry("mountPath", filesDir));
    }

    @Test
    void the_data_grid_discovers_its_members_through_a_headless_service_that_lists_booting_pods() {
        Map<String, Object> deployment = find("Deployment", "parcours");
        List<Object> args = list(container().get("args"));
        String mode = (String) args.get(args.indexOf("--clustermode") + 1);
        assertThat(mode).startsWith("kubernetes:");
        String[] namespaceAndService = mode.substring("kubernetes:".length()).split(",");
        assertThat(namespaceAndService[0]).isEqualTo(map(deployment.get("metadata")).get("namespace"));
        Map<String, Object> grid = map(find("Service", namespaceAndService[1]).get("spec"));
        assertThat(grid).containsEntry("clusterIP", "None").containsEntry("publishNotReadyAddresses", true);
        assertThat(grid.get("selector")).isEqualTo(map(map(deployment.get("spec")).get("selector")).get("matchLabels"));
        int gridPort = Integer.parseInt(String.valueOf(args.get(args.indexOf("--startport") + 1)));
        assertThat(containerPort(container(), "hazelcast")).isEqualTo(gridPort);
        assertThat(list(grid.get("ports"))).singleElement().satisfies(
                port -> assertThat(map(port)).containsEntry("port", gridPort));
        Map<String, Object> pod = map(map(map(deployment.get("spec")).get("template")).get("spec"));
        String account = (String) pod.get("serviceAccountName");
        Map<String, Object> binding = find("RoleBinding", "parcours-grid-discovery");
        assertThat(list(binding.get("subjects"))).anySatisfy(s -> assertThat(map(s)).containsEntry("name", account));
    }

    @Test
    void the_image_is_the_official_payara_micro_of_the_tested_version_and_sets_only_variables_parcours_reads()
            throws IOException {
        String dockerfile = Files.readString(DEPLOY.resolve("Dockerfile"));
        assertThat(dockerfile).containsPattern("(?m)^FROM payara/micro:"
                + Pattern.quote(System.getProperty("parcours.it.payara.version")) + "-jdk17$");
        Matcher env = Pattern.compile("(?m)^ENV (\\w+)=").matcher(dockerfile);
        List<String> variables = new ArrayList<>();
        while (env.find()) {
            variables.add(env.group(1));
        }
        assertThat(variables).isNotEmpty();
        assertThat(variablesParcoursReads).containsAll(variables);
        assertThat(dockerfile).contains("COPY --chown=payara:payara modules/web/target/parcours.war /opt/payara/deployments/parcours.war")
                .contains("\"--deploy\", \"/opt/payara/deployments/parcours.war\"");
    }

    private static Map<String, Object> container() {
        Map<String, Object> pod = map(map(map(find("Deployment", "parcours").get("spec")).get("template")).get("spec"));
        return map(list(pod.get("containers")).get(0));
    }

    private static int containerPort(Map<String, Object> container, String name) {
        return list(container.get("ports")).stream().map(DeploymentFilesIT::map)
                .filter(port -> name.equals(port.get("name")))
                .map(port -> (Integer) port.get("containerPort"))
                .findFirst().orElseThrow(() -> new AssertionError("no container port named " + name));
    }

    private static Map<String, Object> probe(Map<String, Object> container, String probe) {
        assertThat(container).containsKey(probe);
        return map(map(container.get(probe)).get("httpGet"));
    }

    private static Map<String, Object> stringData(Map<String, Object> secret) {
        return map(secret.get("stringData"));
    }

    private static Map<String, Object> find(String kind, String name) {
        return manifests.stream()
                .filter(m -> kind.equals(m.get("kind")) && name.equals(map(m.get("metadata")).get("name")))
                .findFirst().orElseThrow(() -> new AssertionError("no " + kind + " named " + name + " in deploy/kubernetes"));
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> map(Object value) {
        assertThat(value).isInstanceOf(Map.class);
        return (Map<String, Object>) value;
    }

    @SuppressWarnings("unchecked")
    private static List<Object> list(Object value) {
        assertThat(value).isInstanceOf(List.class);
        return (List<Object>) value;
    }

    /** Every "parcours.*" key in the classes and properties of the WAR and of its own libraries. */
    private static Set<String> configurationKeys(Path war) throws IOException {
        Set<String> keys = new TreeSet<>();
        try (ZipFile zip = new ZipFile(war.toFile())) {
            Enumeration<? extends ZipEntry> entries = zip.entries();
            while (entries.hasMoreElements()) {
                ZipEntry entry = entries.nextElement();
                String name = entry.getName();
                try (InputStream in = zip.getInputStream(entry)) {
                    if (name.startsWith("WEB-INF/classes/") && readable(name)) {
                        scan(in.readAllBytes(), keys);
                    } else if (name.matches("WEB-INF/lib/parcours-[^/]+\\.jar")) {
                        ZipInputStream jar = new ZipInputStream(in);
                        for (ZipEntry inner = jar.getNextEntry(); inner != null; inner = jar.getNextEntry()) {
                            if (readable(inner.getName())) {
                                ByteArrayOutputStream bytes = new ByteArrayOutputStream();
                                jar.transferTo(bytes);
                                scan(bytes.toByteArray(), keys);
                            }
                        }
                    }
                }
            }
        }
        return keys;
    }

    private static boolean readable(String name) {
        return name.endsWith(".class") || name.endsWith(".properties");
    }

    private static void scan(byte[] content, Set<String> keys) {
        Matcher key = CONFIG_KEY.matcher(new String(content, StandardCharsets.ISO_8859_1));
        while (key.find()) {
            keys.add(key.group());
        }
    }
}
