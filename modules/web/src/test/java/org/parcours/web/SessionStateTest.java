package org.parcours.web;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.ConversationScoped;
import jakarta.enterprise.context.RequestScoped;
import jakarta.enterprise.context.SessionScoped;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import java.io.IOException;
import java.io.Serializable;
import java.lang.annotation.Annotation;
import java.lang.reflect.Field;
import java.lang.reflect.GenericArrayType;
import java.lang.reflect.Modifier;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.Type;
import java.lang.reflect.TypeVariable;
import java.lang.reflect.WildcardType;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.parcours.web.shell.LocaleSelection;

/**
 * In a cluster a session moves between instances (web.xml is distributable): everything a
 * session-scoped or view-scoped bean holds must be Serializable, down to the values in its lists.
 * Injected services are fine when they are normal-scoped (the container injects a serializable proxy).
 * Checked on the declared types, recursively through Parcours' own classes.
 */
class SessionStateTest {

    private static final List<Class<? extends Annotation>> SESSION_SCOPES = List.of(SessionScoped.class,
            ViewScoped.class, ConversationScoped.class);
    private static final List<Class<? extends Annotation>> PROXIED_SCOPES = List.of(ApplicationScoped.class,
            RequestScoped.class, SessionScoped.class, ViewScoped.class, ConversationScoped.class);
    /** Collection interfaces whose implementations in use (JDK, EclipseLink) are all Serializable. */
    private static final List<Class<?>> COLLECTIONS = List.of(Collection.class, Map.class);

    @Test
    void every_bean_kept_in_a_session_holds_only_serializable_state() throws Exception {
        List<Class<?>> beans = sessionBeans();
        assertThat(beans).as("session and view-scoped beans found").hasSizeGreaterThan(10)
                .contains(LocaleSelection.class);
        List<String> problems = new ArrayList<>();
        for (Class<?> bean : beans) {
            if (!Serializable.class.isAssignableFrom(bean)) {
                problems.add(bean.getName() + " is not Serializable");
            }
            for (Field field : fields(bean)) {
                String where = bean.getSimpleName() + "." + field.getName();
                if (field.isAnnotationPresent(Inject.class)) {
                    if (!isProxied(field.getType()) && !Serializable.class.isAssignableFrom(field.getType())) {
                        problems.add(where + ": injected " + field.getType().getName()
                                + " is neither normal-scoped nor Serializable");
                    }
                } else {
                    check(field.getGenericType(), where, new HashSet<>(), problems);
                }
            }
        }
        assertThat(problems).as("state that cannot move to another instance of the cluster").isEmpty();
    }

    private static void check(Type type, String where, Set<Type> seen, List<String> problems) {
        if (!seen.add(type)) {
            return;
        }
        if (type instanceof ParameterizedType parameterized) {
            check(parameterized.getRawType(), where, seen, problems);
            for (Type argument : parameterized.getActualTypeArguments()) {
                check(argument, where, seen, problems);
            }
        } else if (type instanceof WildcardType wildcard) {
            for (Type bound : wildcard.getUpperBounds()) {
                check(bound, where, seen, problems);
            }
        } else if (type instanceof TypeVariable<?> variable) {
            for (Type bound : variable.getBounds()) {
                check(bound, where, seen, problems);
            }
        } else if (type instanceof GenericArrayType array) {
            check(array.getGenericComponentType(), where, seen, problems);
        } else if (type instanceof Class<?> type0) {
            Class<?> c = type0.isArray() ? type0.getComponentType() : type0;
            if (c.isPrimitive() || COLLECTIONS.stream().anyMatch(k -> k.equals(c))
                    || (c.isInterface() && COLLECTIONS.stream().anyMatch(k -> k.isAssignableFrom(c)))) {
                return;
            }
            if (!Serializable.class.isAssignableFrom(c)) {
                problems.add(where + " holds " + c.getName() + ", which is not Serializable");
                return;
            }
            if (c.getName().startsWith("org.parcours.")) {
                // Fields of a library's Serializable superclass are that library's contract.
                for (Field field : fields(c).stream().filter(f -> f.getDeclaringClass().getName()
                        .startsWith("org.parcours.")).toList()) {
                    check(field.getGenericType(), where + " > " + c.getSimpleName() + "." + field.getName(), seen,
                            problems);
                }
            }
        }
    }

    private static boolean isProxied(Class<?> type) {
        return PROXIED_SCOPES.stream().anyMatch(type::isAnnotationPresent);
    }

    /** The instance fields that are serialized with the object (its own and its superclasses'). */
    private static List<Field> fields(Class<?> type) {
        List<Field> fields = new ArrayList<>();
        for (Class<?> c = type; c != null && c != Object.class; c = c.getSuperclass()) {
            for (Field field : c.getDeclaredFields()) {
                int modifiers = field.getModifiers();
                if (!Modifier.isStatic(modifiers) && !Modifier.isTransient(modifiers) && !field.isSynthetic()) {
                    fields.add(field);
                }
            }
        }
        return fields;
    }

    private static List<Class<?>> sessionBeans() throws IOException, URISyntaxException, ClassNotFoundException {
        Path classes = Path.of(LocaleSelection.class.getProtectionDomain().getCodeSource().getLocation().toURI());
        List<Class<?>> beans = new ArrayList<>();
        try (Stream<Path> files = Files.walk(classes)) {
            for (Path file : files.filter(f -> f.toString().endsWith(".class")).toList()) {
                String name = classes.relativize(file).toString().replace('/', '.').replaceAll("\\.class$", "");
                Class<?> type = Class.forName(name, false, SessionStateTest.class.getClassLoader());
                if (SESSION_SCOPES.stream().anyMatch(type::isAnnotationPresent)) {
                    beans.add(type);
                }
            }
        }
        return beans;
    }
}
