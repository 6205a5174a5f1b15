package org.parcours.it;

import java.io.File;
import java.io.IOException;
import java.io.InputStream;
import java.lang.annotation.Annotation;
import java.lang.reflect.Method;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.Enumeration;
import java.util.List;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;

/** What the built WAR serves through JAX-RS: its endpoints (its pages are listed by {@link Deployments}). */
final class WarContents {

    private WarContents() {
    }

    private static File war() {
        return new File(System.getProperty("parcours.it.war"));
    }

    /**
     * Every endpoint as "METHOD /api/path", read by reflection from the @Path classes of the WAR (its
     * classes and libraries are unpacked into the build folder and loaded apart from the tests).
     */
    static List<String> endpoints() throws Exception {
        Path unpacked = Path.of(System.getProperty("parcours.it.work"), "war-classes");
        List<URL> classpath = new ArrayList<>();
        List<String> classNames = new ArrayList<>();
        try (ZipFile war = new ZipFile(war())) {
            Enumeration<? extends ZipEntry> entries = war.entries();
            while (entries.hasMoreElements()) {
                ZipEntry entry = entries.nextElement();
                String name = entry.getName();
                if (entry.isDirectory() || !(name.startsWith("WEB-INF/classes/") || name.startsWith("WEB-INF/lib/"))) {
                    continue;
                }
                Path target = unpacked.resolve(name);
                Files.createDirectories(target.getParent());
                try (InputStream in = war.getInputStream(entry)) {
                    Files.copy(in, target, StandardCopyOption.REPLACE_EXISTING);
                }
                if (name.startsWith("WEB-INF/lib/") && name.endsWith(".jar")) {
                    classpath.add(target.toUri().toURL());
                } else if (name.endsWith(".class") && !name.contains("$")) {
                    classNames.add(name.substring("WEB-INF/classes/".length(), name.length() - 6).replace('/', '.'));
                }
            }
        }
        classpath.add(0, unpacked.resolve("WEB-INF/classes").toUri().toURL());
        List<String> endpoints = new ArrayList<>();
        String root = "/api";
        try (URLClassLoader loader = new URLClassLoader(classpath.toArray(URL[]::new),
                WarContents.class.getClassLoader())) {
            for (String className : classNames) {
                Class<?> type = Class.forName(className, false, loader);
                jakarta.ws.rs.ApplicationPath application = type.getAnnotation(jakarta.ws.rs.ApplicationPath.class);
                if (application != null) {
                    root = "/" + strip(application.value());
                }
            }
            for (String className : classNames) {
                Class<?> type = Class.forName(className, false, loader);
                jakarta.ws.rs.Path path = type.getAnnotation(jakarta.ws.rs.Path.class);
                if (path == null) {
                    continue;
                }
                for (Method method : type.getMethods()) {
                    String httpMethod = httpMethod(method);
                    jakarta.ws.rs.Path sub = method.getAnnotation(jakarta.ws.rs.Path.class);
                    if (httpMethod == null && sub == null) {
                        continue;
                    }
                    endpoints.add((httpMethod == null ? "ANY" : httpMethod) + " " + root + "/" + strip(path.value())
                            + (sub == null ? "" : "/" + strip(sub.value())));
                }
            }
        }
        return endpoints;
    }

    private static String httpMethod(Method method) {
        for (Annotation annotation : method.getAnnotations()) {
            jakarta.ws.rs.HttpMethod http = annotation.annotationType().getAnnotation(jakarta.ws.rs.HttpMethod.class);
            if (http != null) {
                return http.value();
            }
        }
        return null;
    }

    private static String strip(String path) {
        String stripped = path.startsWith("/") ? path.substring(1) : path;
        return stripped.endsWith("/") ? stripped.substring(0, stripped.length() - 1) : stripped;
    }
}
